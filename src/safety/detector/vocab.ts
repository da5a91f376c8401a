// Words the normaliser may rebuild: spaced-out runs ("k i l l m y s e l f") are split into these,
// and letters stretched for emphasis ("diiiie", "sooo") are squeezed back to one of them.
// Not a dictionary: the risk vocabulary plus the short words that glue risk phrases together.

const WORDS = `
a i am im me my myself mine we you your it its is be been being was were are do did does done
dont not no never nor to of in on at off out up for with and or but so too just really very all
the this that these those there here then now now tonight today tomorrow weekend soon anymore
want wanna wanted wish wished need going gonna will would could should can cant cannot might
have has had got get go gone going feel felt feeling like think thinking thought thoughts
kill kills killed killing kms kys unalive die dies died dying dead death suicide suicidal
end ends ended ending life live living alive exist existing hang hanged hanging shoot shot
cut cuts cutting burn burned burnt burning hurt hurting harm harming self selfharm hit hitting
jump jumping bridge pills pill meds overdose overdosed overdosing od rope gun knife blade razor
wrist wrists arm arms leg legs thigh thighs skin bleed bleeding blood take taking took own
hate hopeless worthless alone empty numb tired done over gone goodbye bye note letter away
please help stop sad cry crying pain hurts sleep wake awake asleep again still ever forever
better off without burden everyone anyone someone nobody people him her them he she they
beat beating hits abuse abused rape raped safe unsafe home threat threatened threatens
chest breathe breathing faint fainted passed headache bladder urine pee confused seeing things
sorry wanting trying tried try attempt attempted plan planning ready way ways how why what when
day days night week last left leave leaving mom dad husband wife partner boyfriend girlfriend
lol omg ok okay yes yeah fine good bad well sick ill too too soo
`;

/** The rebuildable words, as a set; the longest is `MAX_WORD` letters. */
export const VOCAB: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

/** Length of the longest word in `VOCAB` (bounds the segmentation work per letter). */
export const MAX_WORD = Math.max(...[...VOCAB].map((w) => w.length));

/**
 * Split a run of letters into vocabulary words, preferring fewer, longer words
 * ("killmyself" -> "kill myself"). Returns undefined when no full split exists.
 * Linear in the run length (each position tries at most `MAX_WORD` words).
 */
export function segment(run: string): string[] | undefined {
  if (run.length > 200) return undefined;
  const best: (number | undefined)[] = [0];
  const back: number[] = [0];
  for (let end = 1; end <= run.length; end++) {
    for (let len = 1; len <= Math.min(MAX_WORD, end); len++) {
      const prev = best[end - len];
      if (prev === undefined) continue;
      const word = run.slice(end - len, end);
      // Single letters only as the words "i" and "a".
      if (!VOCAB.has(word) || (len === 1 && word !== "i" && word !== "a")) continue;
      const cost = prev + 1;
      const current = best[end];
      if (current === undefined || cost < current) {
        best[end] = cost;
        back[end] = len;
      }
    }
  }
  if (best[run.length] === undefined) return undefined;
  const words: string[] = [];
  for (let end = run.length; end > 0; ) {
    const len = back[end] ?? 1;
    words.unshift(run.slice(end - len, end));
    end -= len;
  }
  return words;
}
