// Evasion that survives character normalisation: text reversed with a right-to-left override,
// and emoji-only messages that name a means next to a timeline or a goodbye.

const RLO = "\u202e";
const POP = /[\u202c\n]/;

/**
 * Undo a right-to-left override: the characters between U+202E and the next U+202C (or the
 * line's end) are shown reversed, so "\u202eflesym llik" displays as "kill myself".
 */
export function unreverse(text: string): string {
  if (!text.includes(RLO)) return text;
  let out = "";
  let at = 0;
  for (let k = text.indexOf(RLO); k >= 0; k = text.indexOf(RLO, at)) {
    out += text.slice(at, k);
    const rest = text.slice(k + 1);
    const stop = rest.search(POP);
    const end = stop < 0 ? rest.length : stop;
    out += [...rest.slice(0, end)].reverse().join("");
    at = k + 1 + end;
  }
  return out + text.slice(at);
}

const MEANS_EMOJI =
  /\u{1F309}|\u{1F48A}|\u{1F52A}|\u{1F52B}|\u{1FAA2}|\u26B0|\u{1FAA6}|\u{1FA78}/gu;
const GRAVE = /\u{1FAA2}|\u26B0|\u{1FAA6}/u;
const PARTING =
  /\u{1F44B}|\u{1F54A}|(?<![a-z])(?:goodbye|bye|byebye|farewell|forever|the end|its time|it's time|see you on the other side)(?![a-z])/iu;
const TIMELINE = /(?<![a-z])(?:tonight|today|tomorrow|soon|this weekend|at midnight)(?![a-z])/iu;

/**
 * Means emoji (pills, knife, gun, rope, coffin, headstone) with a goodbye, or with a timeline
 * when the emoji are repeated or name death ("💊💊💊 tonight", "🪢 tomorrow").
 */
export function emojiMeansWithTimeline(text: string): boolean {
  const means = text.match(MEANS_EMOJI)?.length ?? 0;
  if (means === 0) return false;
  if (PARTING.test(text)) return true;
  return TIMELINE.test(text) && (means >= 2 || GRAVE.test(text));
}

const LETTERS = /[a-z]+/g;
const DEATH =
  /(?<![a-z])(?:die|dying|dead|death|kill|killing|suicide|suicidal|overdose|end it|end my life|hang|cut myself|not wake up)(?![a-z])/;

function vocabHits(text: string, vocab: ReadonlySet<string>): { hits: number; words: number } {
  let hits = 0;
  let words = 0;
  for (const w of text.toLowerCase().match(LETTERS) ?? []) {
    words++;
    if (w.length > 1 && vocab.has(w)) hits++;
  }
  return { hits, words };
}

/**
 * Text typed backwards without a bidi control ("eid ot gniog mi"): the character-reversed
 * reading when it reads as words and the text as given does not. Short texts only.
 */
export function reversedReading(text: string, vocab: ReadonlySet<string>): string | undefined {
  if (text.length > 400 || text.length < 6) return undefined;
  const reversed = [...text].reverse().join("");
  const given = vocabHits(text, vocab);
  const back = vocabHits(reversed, vocab);
  if (back.hits < 2 || back.hits < given.hits + 2 || back.hits < 0.5 * back.words) return undefined;
  return reversed;
}

/** Was the text reversed (bidi override or typed backwards) around words of dying? */
export function reversedDeathWords(reading: string): boolean {
  return DEATH.test(reading.toLowerCase());
}
