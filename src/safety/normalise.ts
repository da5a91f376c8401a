// Text normalisation for the rule layer: undo the tricks and typos that hide risk words.

const ZERO_WIDTH = /\u00ad|[\u200b-\u200f]|[\u2060-\u2064]|\ufeff|\u034f|\u180e/g;

// Cyrillic and Greek letters that look like Latin ones ("ѕuісіdе").
const HOMOGLYPHS: Record<string, string> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ӏ: "l",
  һ: "h",
  к: "k",
  м: "m",
  т: "t",
  в: "b",
  н: "h",
  α: "a",
  ε: "e",
  ο: "o",
  ρ: "p",
  ι: "i",
  κ: "k",
  ν: "v",
  τ: "t",
  υ: "u",
  χ: "x",
};
const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};

const MISSPELLINGS: [RegExp, string][] = [
  [/\bsu+[ic]+[ie]?d+[ae]?l\b/g, "suicidal"],
  [/\bsu+[ie]?c+[ie]?d+e?\b|\bsuiside\b|\bsucide\b|\bsuicde\b/g, "suicide"],
  [/\bkil+\s+my\s*sel[fv]e?\b|\bkilmyself\b/g, "kill myself"],
  [/\bkms\b/g, "kill myself"],
  [/\bunalive\s+(my\s*self|me)\b/g, "kill myself"],
  [/\bunalive\b/g, "kill"],
  [/\bwan+a\b/g, "want to"],
  [/\bgon+a\b/g, "going to"],
  [/\bcan'?t\b/g, "cannot"],
  [/\bdon'?t\b/g, "do not"],
  [/\bwon'?t\b/g, "will not"],
  [/\bi'?m\b/g, "i am"],
  [/\bi'?ve\b/g, "i have"],
  [/\bi'?ll\b/g, "i will"],
  [/\bi'?d\b/g, "i would"],
  [/\bmyslef\b|\bmyslf\b|\bmy\s+self\b/g, "myself"],
  [/\bdeid\b|\bdye\b/g, "die"],
  [/\bpils\b/g, "pills"],
  [/\bover\s*dose\b|\bod\b/g, "overdose"],
];

/** Lower-case, NFKC, no zero-width or homoglyph tricks, leetspeak undone, spaced letters joined. */
export function normalise(input: string): string {
  let text = input.normalize("NFKC").toLowerCase().replace(ZERO_WIDTH, "");
  text = text.replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u201c\u201d]/g, '"');
  text = [...text].map((ch) => HOMOGLYPHS[ch] ?? ch).join("");
  // Leetspeak only inside words that also have letters ("k1ll", "$uicide"), not in "10/10".
  text = text.replace(/[a-z0-9@$!]*[a-z][a-z0-9@$!]*|[0-9@$!]+[a-z][a-z0-9@$!]*/g, (word) =>
    /[a-z]/.test(word) &&
    /[0-9@$!]/.test(word) &&
    !/^\d+(st|nd|rd|th|am|pm|mg|h|m|s|x|k)?$/.test(word)
      ? word
          .replace(/[0-9@$!]/g, (c) => LEET[c] ?? c)
          .replace(/i+$/, (m) => (word.endsWith("!") ? "" : m))
      : word,
  );
  // "k i l l  m y s e l f" and "k.i.l.l": single letters separated by spaces or dots.
  text = text.replace(/\b(?:[a-z][ .\-_*]){2,}[a-z]\b/g, (run) => run.replace(/[ .\-_*]/g, ""));
  // Squeeze letters repeated three or more times ("diiiie" -> "die", "sooo" -> "so").
  text = text.replace(/([a-z])\1{2,}/g, "$1");
  text = text.replace(/([a-z])\1(?=e\b)/g, "$1"); // "diie" -> "die"
  for (const [pattern, replacement] of MISSPELLINGS) text = text.replace(pattern, replacement);
  return text.replace(/\s+/g, " ").trim();
}
