// English hard negatives for the learned scorer's corpus: risk words without present risk.
import { pool, type Spec } from "./gen.ts";

const q = (s: string) => pool(s);

/** Lines labelled none (or concern without a category): the scorer must stay quiet on them. */
export const EN_NEG: Spec[] = [
  {
    set: "neg-third-person",
    level: "none",
    categories: [],
    count: 300,
    templates: q(
      "{friend} said she wants to kill herself, how can i help her|{friend} tried to overdose last year and i'm scared it'll happen again|my daughter self harms, what do i do as a parent|i'm worried about {friend}, he keeps saying he's a burden|{friend} posted something like a goodbye, i called 988 for him|how do i talk to {friend} about suicide without making it worse|{friend} told me she's been cutting, i don't know how to help|{friend} gave away his stuff and i'm scared, i've called his mom|my brother has a gun and is depressed, should i ask him to give it to me|{friend} is in the hospital after an attempt, i'm visiting tomorrow|my dad's been drinking and talking about not being around, i'm worried sick|{friend} says kms all the time and i can't tell if she's joking|my son's therapist says he's safe now but i still worry|what are the warning signs that {friend} might be suicidal|{friend}'s husband hits her, how can i help her leave|{friend} keeps redosing her ketamine, should i tell her doctor|my mom takes too many pills for her back and i worry",
    ),
  },
  {
    set: "neg-news-fiction",
    level: "none",
    categories: [],
    count: 260,
    templates: q(
      "suicide rates among veterans rose last year according to the report|the article about overdose deaths in our county was grim|988 got more calls this year than ever|in the book the main character jumps off a bridge|i'm writing a thriller where the villain poisons the mayor|the ending of that movie where he shoots himself wrecked me|we watched a documentary on the golden gate bridge barriers|the podcast was about how ketamine is studied for suicidal depression|our psych class covered the c-ssrs today|the news said a man was stabbed downtown last night|the game of thrones episode where everyone dies was brutal|in my novel the detective finds the poison in the tea|the study found ketamine reduced suicidal thoughts within hours|a school shooting was on the news again and i had to turn it off|hamlet is basically a play about whether to be or not to be|my essay is on the history of suicide prevention hotlines|the true crime show explained how the killer chose his victims|in the show she overdoses and her friends find her, hard to watch|the statistics on domestic violence in the report are shocking|the song is about a guy who wants to die but it's actually upbeat",
    ),
  },
  {
    set: "neg-hyperbole",
    level: "none",
    categories: [],
    count: 300,
    templates: q(
      "if i have to sit through another zoom meeting i'm going to be suicidal lol|kill me now, monday again 😂|i'm dying, this meme is too funny|{other} is going to kill me if i'm late again|ugh this homework makes me want to die lmao|i literally died when she said that|this traffic is killing me|my feet are killing me after that walk|i could murder a pizza right now|if they cancel the show i'll riot lol|that workout killed me 💀|i'm dead 😂😂|shoot me, my in-laws are visiting all week|i'd rather die than go to that party haha|this heat is killing me|i'm so embarrassed i want to crawl in a hole and die lol|my mom will kill me when she sees the car|dying to see the new season|i'm suicidal over this exam schedule (jk)|the boredom is killing me at this job|bruh i'm gonna kms if the wifi goes out again lol jk|that joke was so bad i want to die 😂|my kid is going to be the death of me lol|i'd kill for a coffee right now",
    ),
  },
  {
    set: "neg-idioms",
    level: "none",
    categories: [],
    count: 320,
    templates: q(
      "can you kill the music for a sec|we're going to shoot a photo at the park|i'm dying to see it|she killed it at the presentation|break a leg tonight|my phone battery died again|kill -9 the process and restart the server|shoot the ball, don't pass|i got a headshot in {game}|drop dead gorgeous dress|execute the script after the build|can you hang the picture in the hallway|cut the onions into small pieces|i overdosed on netflix this weekend|the plant died because i forgot to water it|that band slaps, the drummer is a killer|we'll take a shot at the project|i'm going to crash at my friend's place|the server is dead, we need to reboot|the killer app of the year|i nailed the interview|the deadline is killing the whole team|my team got destroyed in {sport}|we need to kill two birds with one stone|i'm beat, going to bed|that goalie is an absolute assassin|the branch got killed, git merge failed|our code has a dead lock somewhere|he shot the ball from half court|i bombed the quiz|she's a knockout|let's kill time at the mall|the stock is tanking|i'm going to cut my hair short|shooting a video for my channel|we smashed it in {sport} tonight|he got stabbed in {game} by a rogue|i finally beat the boss in {game}|my plant is dying, any tips|i'm going to hang out with {friend}",
    ),
  },
  {
    set: "neg-resolved",
    level: "none",
    categories: [],
    count: 180,
    templates: q(
      "years ago i tried to end it, haven't felt like that since|i used to cut in high school, i've been clean for ten years|i had a suicide attempt in my twenties, i'm in a good place now|back in 2012 i overdosed, it was a long time ago and i'm safe|when i was a teen i thought about dying a lot, not anymore|i was suicidal years ago, therapy helped a lot, i'm okay now|a decade ago i was in the psych ward, i'm grateful i'm here|i don't self harm anymore, it's been eight years|the scars are from a long time ago, i'm doing well|i used to feel like a burden, these days i feel useful|i went through a dark time after my divorce years ago, it passed|i haven't wanted to die since my first ketamine session, it's been a year",
    ),
  },
  {
    set: "neg-after-dose",
    level: "none",
    categories: [],
    count: 300,
    templates: q(
      "i feel dizzy and floaty after {dose}|i was sleepy all afternoon after {dose}|my heart raced during {dose} and then settled|a bit nauseous after {dose} but fine now|felt disconnected for an hour after {dose}, it passed|my vision was blurry during {dose} then it cleared|i felt heavy and slow after {dose}, normal they said|i napped for three hours after {dose}|everything looked wobbly for a while but it's gone|i had a headache after {dose}, water helped|colors were weird during {dose}, kind of beautiful|i felt like i was floating, pretty relaxing actually|my blood pressure went up a little during {dose} and came down|i felt emotional and cried after {dose}, i think it was good|i'm a bit tired today after {dose} yesterday|i felt numb in my hands for a bit during {dose}|i was wobbly walking to the car but my husband drove|the dissociation faded after about an hour|slept really well after {dose}|is it normal to feel spacey for an hour after {dose}|how long does the floaty feeling last usually",
    ),
  },
  {
    set: "neg-everyday",
    level: "none",
    categories: [],
    count: 420,
    templates: q(
      "my back pain is killing me today|fibro flare, everything hurts|what time is my next appointment|can i eat before {dose}|thanks, the session was good|i feel {feel} but okay|work was long today|i walked {pet} and made dinner|how high is the bridge in the photo|how long does it take to boil an egg|which bridge has the best view of the city|how many people go to the clinic|how much does the parking cost|i'm {feel} after a long week|my knees ache when it rains|migraine again, staying in the dark|the pain clinic changed my appointment|i'm looking forward to {hobby} this weekend|watching {sport} with my dad|just finished a run, legs are jelly|my code finally compiled|debugging a null pointer all day|the pills are too big to swallow, can they be split|i picked up my prescription today|i'm tired but it was a good day|the kids are at school, quiet house|had a nice call with {person}|i'm grateful for the nurse today|the rope swing at the lake was fun|i went to the shooting range with my uncle, first time|bought a new knife set for the kitchen|i'm cutting back on sugar|i gave away {thing} to charity since i'm moving|writing my will is on my to do list since we bought the house|my ex is annoying but whatever|need to pick up bleach and paper towels|my hip hurts after sitting all day|we played {game} until 2am|how many calories in a bagel|what's the dosage schedule for my next sessions, the clinic will tell me right",
    ),
  },
  {
    set: "neg-negated",
    level: "none",
    categories: [],
    count: 200,
    templates: q(
      "i'm not suicidal, just tired|i would never hurt myself|i don't want to die, i want to feel better|no thoughts of ending it, just stressed|i'm not going to do anything, i promise|i don't have any plans to hurt myself|i don't want to kill myself, i just want the pain to ease|never going back to cutting|i'm safe, just sad|i'm not thinking about suicide at all, don't worry|i don't feel like a burden today|i'm not going to take more than prescribed",
    ),
  },
  {
    set: "concern-sad",
    level: "concern",
    categories: [],
    count: 200,
    templates: q(
      "i'm so sad today|i feel really low|rough day, i cried a lot|i feel lonely|i'm anxious about everything|i'm {feel} and i don't know why|today was hard|i miss {dead} so much|i feel like i'm failing at everything|i'm stressed about money|i can't stop crying|i feel hopeless about my job|i'm not doing great today|i feel {feel} and overwhelmed",
    ),
  },
];

/** Hard-negative sentences for long negative posts. */
export const LONG_NEG_CUES = q(
  "My back pain is killing me some days.|{friend} tried to kill herself last year and I'm scared for her.|Years ago I attempted, but I haven't felt that way since.|I felt floaty and dizzy after {dose} but it passed.|My heart raced during {dose} and then settled.|I'm tired, but it's the normal kind of tired.|I'm not suicidal, I want to be clear about that.|The pain is exhausting but I have good days too.|We watched a movie where the guy jumps off a bridge and it stayed with me.|I'm worried about {friend}, she keeps talking about being a burden.|This job is killing me, figuratively.|I'm dying to get back to {hobby}.|I felt {feel} for a few days but {ket} has helped.|I'm looking forward to the next session.|Honestly things are slowly getting better.",
);
