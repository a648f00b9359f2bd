/**
 * The method the app serves, in the seed's words where the seed says it well
 * (../shared/seed/000_960d38f3cc0b7bb5.txt): the guide at /method, and the tips shown beside the
 * step each one is about. All of the teaching text lives here, nowhere else; dependency-free, so
 * server and client components both import it.
 *
 * Text marked `seed: true` is quoted from the seed (kept word for word, typography aside); the
 * rest is the career centre's own wording of the seed's practice (being on time, dressing for the
 * workplace, keeping to the time asked for), which the seed takes for granted.
 */

/** The rule the seed asks every student to memorise and repeat. */
export const THE_RULE = 'You are not looking for a job. You are simply looking for information.';

export type Block =
  | { kind: 'p'; text: string; seed?: boolean }
  | { kind: 'list'; items: readonly string[]; seed?: boolean }
  | { kind: 'rule'; text: string }
  | { kind: 'compare'; rows: ReadonlyArray<{ aspect: string; information: string; job: string }> };

export type GuideSection = { id: string; title: string; blocks: readonly Block[] };

export const GUIDE_TITLE = 'The method';
export const GUIDE_LEAD =
  'Information interviews, step by step: what they are for, whom to ask, how to ask, what to do on the day and after. Read it once before you start, and come back to it at each step.';

export const GUIDE: readonly GuideSection[] = [
  {
    id: 'what',
    title: 'From the horse’s mouth',
    blocks: [
      {
        kind: 'p',
        seed: true,
        text: 'When you want accurate information, it’s best to get it, as the saying goes, from the horse’s mouth. This is the idea behind an information interview. It offers you an “on the spot” look at people doing what you think you might like to do, and allows you to investigate the diversity of specialties in any given career (by all means, talk to more than one horse).',
      },
      { kind: 'rule', text: THE_RULE },
      {
        kind: 'p',
        seed: true,
        text: 'Your task is to ask people how they got to be what you want to be. Don’t morph an information interview into a job interview. It is inappropriate to leave your resume unless they specifically ask for it.',
      },
    ],
  },
  {
    id: 'why',
    title: 'Why information interviews work',
    blocks: [
      { kind: 'p', text: 'Published or online information on occupations is useful, but information interviews add other, crucial information:', seed: true },
      {
        kind: 'list',
        seed: true,
        items: [
          'Valuable information for your career planning and job search.',
          'A reality check on what you’ve read, heard and thought.',
          'What qualifications, and what training or educational programs, are accepted or preferred in the field.',
          'Information that is more up to date, more specific to the local situation, more personal and subjective, and more reflective of the “on the job” atmosphere than published sources.',
          'Self-confidence in interview settings, and practice in taking assertive control in your job search.',
          'A network of professional contacts: the first link to your eventual job targets.',
        ],
      },
    ],
  },
  {
    id: 'different',
    title: 'How it differs from a job interview',
    blocks: [
      { kind: 'p', seed: true, text: 'An information interview, like a job interview, is a formal two-way conversation. It is different in three ways:' },
      {
        kind: 'compare',
        rows: [
          {
            aspect: 'Control',
            information: 'The balance of control is in your favour. You know what information you want and what the questions are.',
            job: 'The balance of control is in their favour. They know what information they want and what the questions are.',
          },
          { aspect: 'Purpose', information: 'To obtain information.', job: 'To obtain a job.' },
          { aspect: 'Pressure', information: 'Less on you and more on them.', job: 'More on you and less on them.' },
        ],
      },
    ],
  },
  {
    id: 'whom',
    title: 'Whom to contact, and how to find them',
    blocks: [
      { kind: 'p', seed: true, text: 'Identifying the appropriate contact person is often the block beyond which people do not get. Look for those who:' },
      {
        kind: 'list',
        seed: true,
        items: [
          'Work in occupations in which you are interested.',
          'Share a common interest, enthusiasm, involvement in some activity or lifestyle that appeals to you.',
          'Work in settings you like.',
          'Work in specific jobs in specific organizations in which you are interested.',
        ],
      },
      {
        kind: 'p',
        seed: true,
        text: 'Networking is the most preferable way to find contacts. Ask friends, family members, professional people (your doctor, dentist, etc.), neighbours, your previous employers, fellow students — anyone you know. If networking doesn’t lead you to a contact, try instructors, counsellors or advisors in programs related to the occupation; community service agencies or organizations (e.g., Rotary, Chamber of Commerce); trade organizations or professional associations.',
      },
    ],
  },
  {
    id: 'busy',
    title: 'Why a busy person agrees to talk to you',
    blocks: [
      { kind: 'p', seed: true, text: 'People are often skeptical that a busy working person would take the time to talk to a “lowly” student. But consider:' },
      {
        kind: 'list',
        seed: true,
        items: [
          'People like to talk about themselves and their work.',
          'People are usually flattered that you are asking their advice.',
          'People are empathic with others who are going through career transitions because most have experienced it themselves.',
          'People like to help others because it makes them feel good about themselves.',
          'People’s sense of importance and membership in society are re-affirmed when they realize they have many connections and useful information to give.',
        ],
      },
      { kind: 'p', seed: true, text: 'So, people are generally willing to and even interested in talking about what they do and how they came to do it. But do not waste their time or yours — go prepared.' },
    ],
  },
  {
    id: 'prepare',
    title: 'Go prepared',
    blocks: [
      {
        kind: 'list',
        seed: true,
        items: [
          'Finish as much research as you can using online or published sources so that you are already reasonably knowledgeable and “know what you don’t know”.',
          'Try to avoid asking routine questions that are easily answered through online or book research.',
          'Write down beforehand all the questions that you want to ask.',
          'Have a pen and paper with you to take notes on what the person is saying.',
        ],
      },
      {
        kind: 'p',
        seed: true,
        text: 'Don’t expect to ask all of the suggested questions, as you won’t have time and not all will apply to you. Pick the ones most relevant to you, or come up with your own.',
      },
    ],
  },
  {
    id: 'ask',
    title: 'Asking for the interview',
    blocks: [
      {
        kind: 'list',
        seed: true,
        items: [
          'A personal referral is most likely to land you an information interview.',
          'Phone calls are the most effective way to set one up; e-mails are second best and may not work unless you follow them up with a phone call.',
          'Speak directly to your contact: ask for the person by first and last name.',
          'Introduce yourself, mention your referral if you have one, and explain your purpose briefly and to the point.',
          'Stress that you are not asking for a job, only for information.',
          'Make an in-person appointment at the contact’s convenience, for twenty minutes to half an hour.',
        ],
      },
      {
        kind: 'p',
        seed: true,
        text: 'Developing and using a telephone script and practising what you want to say is extremely helpful. Paradoxically, knowing that you have a script to follow will reduce your nervousness and make needing it less likely. Write one in your own words to fit you.',
      },
      { kind: 'p', seed: true, text: 'If they are too busy, ask: “Can you suggest someone else who does the same work who might be willing to talk to me?”' },
    ],
  },
  {
    id: 'day',
    title: 'On the day',
    blocks: [
      {
        kind: 'list',
        items: [
          'Be on time: a few minutes early. Confirm the appointment the day before.',
          'Dress as the people in that workplace dress, a little neater if anything.',
          'Keep to the twenty to thirty minutes you asked for; offer to stop when the time is up.',
          'Bring your written questions, and a pen and paper to take notes.',
          'Don’t leave a resume unless they specifically ask for it. You are there for information, not a job.',
          'Before you leave, ask: “Can you suggest anyone else working in your field that it might be helpful for me to speak with?”',
        ],
      },
    ],
  },
  {
    id: 'after',
    title: 'After the interview',
    blocks: [
      {
        kind: 'p',
        seed: true,
        text: 'Always, always, always send a thank you email after each information interview. Better yet, snail mail a thank you card. In it, you might want to reiterate information that you found particularly interesting or helpful.',
      },
      { kind: 'p', seed: true, text: 'Keep a record of names, dates, comments, and referrals.' },
      {
        kind: 'p',
        seed: true,
        text: 'Finally and most importantly, reflect on what you have heard. Ask yourself whether, according to the information received in the interviews you have conducted, this occupation would be compatible and/or suitable to you and your situation. That is the most meaningful part of the whole process.',
      },
    ],
  },
];

/** The short tips shown beside the step each one is about; each links to its part of the guide. */
export const TIP_IDS = ['research', 'questions', 'whom', 'busy', 'calling', 'day', 'thank-you', 'record', 'reflect'] as const;
export type TipId = (typeof TIP_IDS)[number];

export type Tip = { title: string; points: readonly string[]; guide: GuideSection['id'] };

export const TIPS: Readonly<Record<TipId, Tip>> = {
  research: {
    title: 'Research first',
    guide: 'prepare',
    points: [
      'Finish as much research as you can using online or published sources, so that you “know what you don’t know”.',
      'What you still don’t know becomes your questions: avoid routine ones that are easily answered by research.',
    ],
  },
  questions: {
    title: 'Choosing questions',
    guide: 'prepare',
    points: [
      'Try to avoid asking routine questions that are easily answered through online or book research.',
      'You won’t have time for them all: pick the ones most relevant to you, and write them down beforehand.',
      'Mark the ones you must ask; keep them near the top.',
    ],
  },
  whom: {
    title: 'Whom to ask',
    guide: 'whom',
    points: [
      'People who work in the occupation, share an interest of yours, work in a setting you like, or have a specific job in an organisation you are interested in.',
      'Networking is the most preferable way to find them: friends, family, your doctor or dentist, neighbours, previous employers, fellow students.',
      'A personal referral is most likely to land you an interview.',
    ],
  },
  busy: {
    title: 'Why they will say yes',
    guide: 'busy',
    points: [
      'People like to talk about themselves and their work, and are usually flattered that you are asking their advice.',
      'Most have been through a career change themselves. Do not waste their time or yours: go prepared.',
    ],
  },
  calling: {
    title: 'Making the call',
    guide: 'ask',
    points: [
      'Phone first: e-mails may not work unless you follow them up with a call.',
      'Ask for the person by first and last name. Introduce yourself and mention who referred you.',
      'Stress that you are not asking for a job, only for information.',
      'Ask for twenty minutes to half an hour, in person, at their convenience.',
      'Practise the script aloud: having it makes needing it less likely.',
    ],
  },
  day: {
    title: 'On the day',
    guide: 'day',
    points: [
      'Be on time, and dress as the people in that workplace dress.',
      'Keep to the twenty to thirty minutes you asked for.',
      'Bring your questions, a pen and paper.',
      'Don’t leave a resume unless they specifically ask for it.',
      'Before you go, ask who else you could speak with.',
    ],
  },
  'thank-you': {
    title: 'Always say thank you',
    guide: 'after',
    points: [
      'Always, always, always send a thank you email after each information interview. Better yet, snail mail a thank you card.',
      'Mention what you found particularly interesting or helpful.',
    ],
  },
  record: {
    title: 'Keep a record',
    guide: 'after',
    points: ['Keep a record of names, dates, comments, and referrals: they are your network, and what you hand in.'],
  },
  reflect: {
    title: 'The most meaningful part',
    guide: 'after',
    points: [
      'Finally and most importantly, reflect on what you have heard: would this occupation be compatible and/or suitable to you and your situation?',
    ],
  },
};

export const GUIDE_PATH = '/method';
export const guideHref = (section: GuideSection['id']) => `${GUIDE_PATH}#${section}`;
