// Character and word tables for the normaliser: letters that imitate Latin ones, leetspeak,
// and the slang and misspellings patients use for risk words.

/** Cyrillic, Greek and small-capital letters that look like Latin ones ("ѕuісіdе"). */
export const HOMOGLYPHS: ReadonlyMap<string, string> = table(
  `а=a;б=b;в=b;г=r;е=e;ё=e;з=3;и=u;й=u;к=k;л=n;м=m;н=h;о=o;п=n;р=p;с=c;т=t;у=y;х=x;ц=u;ш=w;` +
    `щ=w;ь=b;ы=bi;ѕ=s;і=i;ї=i;ј=j;ԁ=d;һ=h;ӏ=l;ԛ=q;ԝ=w;ү=y;ҡ=k;ɑ=a;ɡ=g;ı=i;ȷ=j;ʟ=l;ɪ=i;ʏ=y;α=a;` +
    `β=b;γ=y;δ=d;ε=e;ζ=z;η=n;θ=o;ι=i;κ=k;λ=l;μ=u;ν=v;ξ=e;ο=o;π=n;ρ=p;σ=o;ς=s;τ=t;υ=u;φ=o;χ=x;` +
    `ψ=w;ω=w;ϲ=c;ϳ=j;ᴀ=a;ʙ=b;ᴄ=c;ᴅ=d;ᴇ=e;ꜰ=f;ɢ=g;ʜ=h;ᴊ=j;ᴋ=k;ᴍ=m;ɴ=n;ᴏ=o;ᴘ=p;ʀ=r;ꜱ=s;ᴛ=t;ᴜ=u;` +
    `ᴠ=v;ᴡ=w;ᴢ=z;\u2018=';\u2019=';\u201b=';\u02bc=';\u2032=';\u0060=';\u00b4=';\u201c=";` +
    `\u201d=";\u201e=";\u00ab=";\u00bb=";\u2013=-;\u2014=-;\u2212=-;\u00b7=.;\u2022=.`,
);

/** Leetspeak digits and symbols inside words ("k1ll", "$uicide", "d3ad"). */
export const LEET: ReadonlyMap<string, string> = table(
  `0=o;1=i;3=e;4=a;5=s;7=t;8=b;9=g;@=a;$=s;!=i;|=l;+=t`,
);

/** Tokens that are numbers with a unit, not leetspeak ("10pm", "5mg", "2nd"). */
export const NUMBER_WITH_UNIT =
  /^\d+(?:st|nd|rd|th|am|pm|mg|mcg|ml|g|kg|lbs?|x|h|hrs?|mins?|s|k|m|km|mi|yo|ish|d|wk|wks|yr|yrs)$/;

/**
 * Whole-token rewrites: slang, contractions written without apostrophes are kept as they are
 * ("dont", "im"), so only forms the lexicon does not spell out are listed here.
 */
export const SLANG: ReadonlyMap<string, string> = table(
  `wanna=want to;wana=want to;wanan=want to;wnat=want;wnt=want;wamt=want;gonna=going to;` +
    `gona=going to;finna=going to;tryna=trying to;gotta=got to;imma=im going to;` +
    `ima=im going to;u=you;ur=your;r=are;rn=right now;tonite=tonight;tonigt=tonight;` +
    `2nite=tonight;2night=tonight;tnite=tonight;tmrw=tomorrow;tmr=tomorrow;tmrow=tomorrow;` +
    `2moro=tomorrow;2morrow=tomorrow;myslef=myself;myslf=myself;mysef=myself;myelf=myself;` +
    `meself=myself;mysefl=myself;mysel=myself;mself=myself;kil=kill;kiling=killing;` +
    `kilin=killing;killin=killing;kiled=killed;dieing=dying;dyin=dying;ded=dead;daed=dead;` +
    `lyfe=life;lyf=life;brige=bridge;bridg=bridge;dissapear=disappear;dissappear=disappear;disapear=disappear;suiside=suicide;sucide=suicide;suicde=suicide;suacide=suicide;suicid=suicide;` +
    `sucidal=suicidal;suicdal=suicidal;suisidal=suicidal;suicidel=suicidal;suicidial=suicidal;` +
    `sucidial=suicidal;suicidle=suicidal;selfharm=self harm;sh=sh;thots=thoughts;` +
    `thougths=thoughts;thoughs=thoughts;ppl=people;pls=please;plz=please;bc=because;` +
    `cuz=because;coz=because;oding=overdosing;odd=odd;oded=overdosed;overdoes=overdose;` +
    `overdoze=overdose;pils=pills;pilss=pills;anymor=anymore;anymroe=anymore;anynore=anymore;` +
    `aymore=anymore;alive=alive;alvie=alive;wrsits=wrists;wirsts=wrists;bleading=bleeding;` +
    `hurst=hurts;hurtin=hurting;cuting=cutting;cutt=cut;cuttin=cutting;wich=wish;wsh=wish;` +
    `beter=better;evryone=everyone;everone=everyone;evreyone=everyone;noone=no one;` +
    `nobdy=nobody;cant=cant;cnat=cant;dnt=dont;dont=dont;didnt=didnt;im=im;iam=i am;ive=ive;` +
    `hes=hes;shes=shes;tho=though;thru=through;abt=about;pian=pain;pain=pain;brethe=breathe;breth=breath;chesst=chest;w=with`,
);

/** Rewrites that must see the apostrophe ("od'd" is not "odd"). */
export const APOSTROPHE_SLANG: ReadonlyMap<string, string> = table(
  `od'd=overdosed;od'ed=overdosed;od'ing=overdosing`,
);

/** Parse "key=value;key=value" into a map (keeps the tables above compact and diffable). */
function table(source: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const entry of source.split(";")) {
    const at = entry.indexOf("=", 1);
    if (at > 0) map.set(entry.slice(0, at), entry.slice(at + 1));
  }
  return map;
}
