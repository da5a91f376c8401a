import { describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detector/detect.ts";
import { preparationKinds } from "../../src/safety/detector/preparation.ts";
import { RISK_LEVELS } from "../../src/safety/types.ts";

const atLeast = (text: string, level: (typeof RISK_LEVELS)[number]) =>
  RISK_LEVELS.indexOf(detectRisk(text).level) >= RISK_LEVELS.indexOf(level);

// Wordings written for this test (not fixture lines), one per phenomenon of the round-13
// misses, each beside a hard negative in the same words.
describe("round-13 phenomena (lexicon-round-13.ts, preparation.ts)", () => {
  it("counts kinds of preparatory act, and an ordinary move takes one off", () => {
    expect(
      preparationKinds(
        "found a new home for the cats on friday and paid off my loan, so nothing left owing",
      ),
    ).toBe(2);
    expect(preparationKinds("paid off my loan this month, so proud")).toBe(1);
    expect(
      preparationKinds("found a new home for the cats and paid off my loan before moving abroad"),
    ).toBe(1);
  });

  it("reads affairs put in order across a long message as high suicide risk", () => {
    const text =
      "quiet sunday. i rehomed my dog with the couple next door, they have a big garden. " +
      "gave my camera to my nephew who wants to do photography. the pain is the same. " +
      "please tell the nurse it isnt her fault, she tried.";
    const r = detectRisk(text);
    expect(r.level).toBe("high");
    expect(r.categories).toContain("suicide");
  });

  it("tells the physician about small slips from the dosing plan, and not about keeping to it", () => {
    const slip = detectRisk(
      "took my lozenge about 2 hours early because of work, all fine otherwise",
    );
    expect(slip.level).toBe("low");
    expect(slip.categories).toEqual(["misuse"]);
    expect(atLeast("took my lozenge at 7 like the plan says, all fine", "low")).toBe(false);
  });

  it("reads mild urinary signs as low medical, and a resolved infection as none", () => {
    const r = detectRisk("a bit of a sting when i go for a pee since sunday, probably nothing");
    expect(r.level).toBe("low");
    expect(r.categories).toEqual(["medical"]);
    expect(
      atLeast(
        "had a sting when i went for a pee last month, antibiotics sorted it, all fine now",
        "low",
      ),
    ).toBe(false);
  });

  it("reads a high blood pressure reading, but not one during the session that settled", () => {
    expect(detectRisk("my bp at the chemist was 162/98 this morning").categories).toContain(
      "medical",
    );
    expect(atLeast("my blood pressure was 150/90 during the session and normal after", "low")).toBe(
      false,
    );
  });

  it("reads passive wishes told as hopes about a scan, a plane or a coffin", () => {
    for (const text of [
      "honestly part of me hopes the biopsy finds something",
      "id swap places with anyone in a grave right now",
      "if my plane came down it wouldnt be the worst thing",
    ]) {
      expect(detectRisk(text).categories, text).toContain("suicide");
    }
    expect(atLeast("hoping the scan finds nothing so we can plan the trip", "low")).toBe(false);
  });

  it("reads a weapon on the way to a named person as imminent harm to others", () => {
    const r = detectRisk("got the crowbar in the boot, driving to his place now");
    expect(r.level).toBe("imminent");
    expect(r.categories).toContain("harm_to_others");
    expect(atLeast("got the crowbar back from my brother, the garage is sorted", "low")).toBe(
      false,
    );
  });

  it("reads force at home as abuse, and a joke about checking texts as none", () => {
    expect(
      detectRisk("my partner had his hands round my throat again last night").categories,
    ).toContain("abuse");
    expect(atLeast("my sister checks my texts for spelling before i send them lol", "low")).toBe(
      false,
    );
  });

  it("keeps a long-ago attempt told with the recovery a few sentences on as history", () => {
    const text =
      "for my intake form: i took an overdose when i was 19, after my parents split. " +
      "i spent a week in hospital and had a lot of therapy. " +
      "that was over twenty years ago and i have a good life now, a partner and a dog.";
    expect(atLeast(text, "low")).toBe(false);
  });

  it("does not read 'hang on' or a quick question as a method question", () => {
    expect(
      atLeast("if youre new and the first session is rough, hang on, it isnt instant", "low"),
    ).toBe(false);
    expect(
      atLeast("quick q about the booster dose, is it the same amount as last time?", "low"),
    ).toBe(false);
  });
});

// Hard negatives of long forum posts (round 14), in new wording.
describe("long-post hard negatives (round 14)", () => {
  it("reads someone else's words quoted to the patient as theirs, not the patient's", () => {
    const text =
      "my brother keeps texting me 'i dont see the point of being here anymore' and i dont know what to do, should i call his doctor?";
    expect(atLeast(text, "low")).toBe(false);
    expect(
      atLeast("i keep telling my brother 'i dont see the point of being here anymore'", "low"),
    ).toBe(true);
  });

  it("does not read a paper about ketamine cystitis, or a question with no symptoms, as a red flag", () => {
    expect(
      atLeast(
        "for my nursing paper on ketamine i am covering cystitis and bladder damage, any sources?",
        "low",
      ),
    ).toBe(false);
    expect(
      atLeast(
        "no symptoms at all so far, but what are the first signs of ketamine cystitis?",
        "low",
      ),
    ).toBe(false);
    expect(
      detectRisk("since the lozenge yesterday i have cystitis, it burns when i pee").categories,
    ).toContain("medical");
  });

  it("does not read 'who i am without him' as confusion after a dose", () => {
    expect(atLeast("since the divorce i dont know who i am without being his wife", "low")).toBe(
      false,
    );
  });
});

// Round-14 phenomena (lexicon-round-14.ts), in new wording.
describe("round-14 phenomena", () => {
  it("reads a passing urge told to the team as low, and a game as none", () => {
    const r = detectRisk(
      "for a split second i pictured shoving my neighbour into the hedge. i wont, just tired",
    );
    expect(r.level).toBe("low");
    expect(r.categories).toContain("harm_to_others");
    expect(
      atLeast("for a split second i pictured shoving the ball into the net, what a game", "low"),
    ).toBe(false);
  });

  it("reads doses moved or nibbled as low misuse and a craving as moderate", () => {
    expect(
      detectRisk("missed my friday lozenge and took it saturday morning, ok?").categories,
    ).toEqual(["misuse"]);
    const craving = detectRisk(
      "counting the hours till im allowed my next lozenge, its all i think about",
    );
    expect(craving.level).toBe("moderate");
    expect(craving.categories).toContain("misuse");
  });

  it("reads letters for the family and a finished will as preparation", () => {
    const text =
      "wrote a letter to each of my kids last night and finished my will this morning. feels calm.";
    expect(detectRisk(text).level).toBe("high");
    expect(atLeast("finished my will this morning because the solicitor had a slot", "low")).toBe(
      false,
    );
  });

  it("reads a door kicked in with a threat while hiding as imminent abuse", () => {
    const r = detectRisk(
      "hes kicking the door in, yelling hes going to kill me, im in the bathroom with the kids",
    );
    expect(r.level).toBe("imminent");
    expect(r.categories).toContain("abuse");
  });
});

// Spanish hyperbole about an everyday nuisance (es/words.ts EVERYDAY_CAUSE_ES), new wording.
describe("Spanish wishes about everyday nuisances", () => {
  it("reads a wish to die about a lost match, an exam or lost keys as none, and a real one as risk", () => {
    for (const text of [
      "perdio boca otra vez, me quiero morir posta",
      "me quiero morir, examen sorpresa de fisica mañana",
      "me deje las llaves en la oficina, me quiero matar",
      "me voy a tirar por la ventana si pierde el america el domingo",
    ]) {
      expect(atLeast(text, "low"), text).toBe(false);
    }
    expect(
      detectRisk("me quiero morir, ya no aguanto este dolor ni esta vida").categories,
    ).toContain("suicide");
    expect(
      detectRisk("me quiero morir, perdi mi trabajo y ya no le veo sentido").categories,
    ).toContain("suicide");
  });
});
