import { describe, expect, it } from "vitest";
import { excerpt, normalise } from "../../src/safety/detector/normalise.ts";

const norm = (s: string) => normalise(s).text.trim();

describe("normalise", () => {
  it("lower-cases, folds compatibility forms and strips accents", () => {
    expect(norm("I WANT TO ｄｉｅ")).toBe("i want to die");
    expect(norm("𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟")).toBe("kill myself");
    expect(norm("suïcide")).toBe("suicide");
  });

  it("strips zero-width and bidi characters", () => {
    expect(norm("d\u200bi\u200ce")).toBe("die");
    expect(norm("kill\u200f myself\u200e")).toBe("kill myself");
  });

  it("maps Cyrillic and Greek homoglyphs to Latin", () => {
    expect(norm("ѕuісіdе")).toBe("suicide");
    expect(norm("kіll mуѕеlf")).toBe("kill myself");
  });

  it("joins spaced and dotted letters into words", () => {
    expect(norm("k i l l  m y s e l f")).toBe("kill myself");
    expect(norm("k.i.l.l m.y.s.e.l.f")).toBe("kill myself");
    expect(norm("i w a n t t o d i e")).toBe("i want to die");
    expect(norm("s-u-i-c-i-d-a-l")).toBe("suicidal");
    expect(norm("u r a star")).toBe("you are a star");
  });

  it("undoes leetspeak inside words but leaves numbers alone", () => {
    expect(norm("k1ll mys3lf")).toBe("kill myself");
    expect(norm("$uicide")).toBe("suicide");
    expect(norm("i want to d13")).toBe("i want to die");
    expect(norm("took 5mg at 10pm, 2nd dose")).toBe("took 5mg at 10pm, 2nd dose");
  });

  it("squeezes stretched letters back to a known word", () => {
    expect(norm("diiiiie")).toBe("die");
    expect(norm("sooooo tired")).toBe("so tired");
    expect(norm("killllll")).toBe("kill");
  });

  it("rewrites slang, misspellings and contractions", () => {
    expect(norm("i wanna kil myslef")).toBe("i want to kill myself");
    expect(norm("I don’t want to be here")).toBe("i dont want to be here");
    expect(norm("i od'd")).toBe("i overdosed");
    expect(norm("self-harm")).toBe("self harm");
    expect(norm("kill my self")).toBe("kill myself");
  });

  it("turns curly and single quotes around speech into plain double quotes", () => {
    expect(norm("he said ‘i want to die’")).toBe('he said "i want to die"');
  });

  it("maps every normalised character back to the original text", () => {
    const original = "I reeeally w@nt to d\u200bie!!";
    const n = normalise(original);
    expect(n.start.length).toBe(n.text.length);
    const at = n.text.indexOf("want to die");
    expect(excerpt(original, n, at, at + "want to die".length)).toBe("w@nt to d\u200bie");
  });

  it("keeps lone surrogates and control characters from breaking anything", () => {
    expect(() => normalise("\ud800\u0000\u0007abc\udfff")).not.toThrow();
    // A control character inside a word hides it ("ki\u0000ll"): it is dropped, not spaced.
    expect(norm("a\u0000b")).toBe("ab");
    expect(norm("ki\u0000ll my\u0007self")).toBe("kill myself");
  });
});
