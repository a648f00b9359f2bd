/** Where a student stands with an occupation. Dependency-free: schema, server and client share it. */

export const OCCUPATION_STATUSES = ['exploring', 'considering', 'ruled-out', 'chosen'] as const;
export type OccupationStatus = (typeof OCCUPATION_STATUSES)[number];

export const OCCUPATION_STATUS_LABELS: Readonly<Record<OccupationStatus, string>> = {
  exploring: 'Exploring',
  considering: 'Considering',
  'ruled-out': 'Ruled out',
  chosen: 'Chosen',
};

export const OCCUPATION_STATUS_OPTIONS = OCCUPATION_STATUSES.map((value) => ({ value, label: OCCUPATION_STATUS_LABELS[value] }));

export function isOccupationStatus(value: string): value is OccupationStatus {
  return (OCCUPATION_STATUSES as readonly string[]).includes(value);
}
