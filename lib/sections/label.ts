/** How a section is named wherever people read it ("CAPS 1100 S001"): pages, exports, mail. */
export function sectionLabel(s: { courseCode: string; sectionCode: string }): string {
  return `${s.courseCode} ${s.sectionCode}`;
}
