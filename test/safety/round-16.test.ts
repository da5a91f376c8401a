import { describe, it } from "vitest";
import { atLeast, below } from "./risk-expect.ts";

// The round-16 shapes (docs/risk-detector.md, "Round 16"), each beside an everyday twin.

describe("round-16 detector shapes", () => {
  it("reads a victim's routine, a weapon at the door and a building burnt with him in it", () => {
    atLeast(
      "I know his shift ends at 11 and he walks to the car park alone. I have thought it through.",
      "high",
      "harm_to_others",
    );
    atLeast(
      "hes home. im at the door. gun's in my jacket. dont call anyone",
      "imminent",
      "harm_to_others",
    );
    atLeast(
      "if the landlord changes the locks im burning the building down with him in it",
      "high",
      "harm_to_others",
    );
    below("my shift ends at 11 and i walk to the car park alone, is that safe?", "low");
    below("we're burning the old garden waste this weekend", "low");
  });

  it("reads spiking, an end put to him, a crowd with it in my bag, and revenge fantasies", () => {
    atLeast(
      "what stuff from under the sink cant you taste in coffee. asking bc of my husbands coffee",
      "high",
      "harm_to_others",
    );
    atLeast(
      "at the mall with it in my bag. lots of people here. thats the point",
      "imminent",
      "harm_to_others",
    );
    atLeast("if i cant have my kids nobody can. i mean that", "high", "harm_to_others");
    atLeast(
      "Is it normal to have revenge fantasies about the surgeon who botched my back? I would never act on it",
      "low",
      "harm_to_others",
    );
    below("you cant taste the sweetener in coffee at all", "low");
    below("at the mall with my sister, lots of people here for the sales", "low");
  });

  it("reads a dose swapped, put aside or taken on a partner's orders as misuse", () => {
    atLeast("my bf took my home dose and gave me some pill instead", "moderate", "misuse");
    atLeast("ive been saving one troche a week for the really bad days", "moderate", "misuse");
    atLeast(
      "my sister gave me some of her oxy for the pain and i took it on dose day",
      "moderate",
      "misuse",
    );
    atLeast(
      "i think im getting hooked. i take it on days that arent on my plan",
      "moderate",
      "misuse",
    );
    below("i'm hooked on this new tv series, cant stop", "low");
  });

  it("reads self-harm by heat and hidden blades, and the summer sleeves only when not over", () => {
    atLeast("pressed the iron on my thigh on purpose. its blistered", "high", "self_harm");
    atLeast(
      "bought a new pack of blades today and hid them where he wont look",
      "high",
      "self_harm",
    );
    atLeast("the old habit is back. long sleeves in july again lol", "moderate", "self_harm");
    below(
      "the scars stayed and i've always hidden them, long sleeves in july, the whole thing. i stopped at 23.",
      "low",
    );
    below("they won't find the easter eggs, i hid them in the shed", "low");
  });

  it("reads a carer's report of a seizure after the dose", () => {
    atLeast("she had a seizure after her home dose and shes still shaking", "high", "medical");
    below("my cat had a fit of the zoomies after dinner", "low");
  });

  it("reads preparation said sideways", () => {
    atLeast(
      "cancelled my remaining sessions and paid off the card. tying up loose ends",
      "high",
      "suicide",
    );
    atLeast(
      "i keep driving out to the rail crossing and timing the freight trains",
      "high",
      "suicide",
    );
    atLeast(
      "Been reading up on which bridges round here still don't have the fencing.",
      "high",
      "suicide",
    );
    below("we did our wills because the baby is due, tying up loose ends before august", "low");
  });
});
