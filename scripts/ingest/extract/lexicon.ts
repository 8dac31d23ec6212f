/**
 * Word lists that tell names from ordinary words. German capitalises every noun, so a capital
 * letter proves nothing; these lists supply the evidence instead. All entries are lower case.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const loadList = (name: string): string[] => require(`@zxcvbn-ts/language-de/src/${name}.json`) as string[];

/**
 * First names common outside the German list of @zxcvbn-ts (news names from English, French,
 * Arabic, Turkish, Slavic, Persian and other naming traditions).
 */
const internationalFirstNames = `
abbas abd abdel abdul abdullah abu adel ahmed ahmad akhmed ali alon amir amr anas anwar ashraf ayman aziz bashar baschar
binali bülent cem cengiz emine ercan erdal ertugrul fatih hakan hasan hüseyin ibrahim ismail kemal kadir mehmet mesut
murat mustafa necmettin osman recep selahattin süleyman tayyip yusuf zeki ahmet mohammed mohammad muhammad mohamed
mahmud mahmoud masud massud nuri omar osama usama ussama rami saddam salman samir tariq walid yasser jassir hassan
hamid khalid chalid faisal hussein hosni muammar abdelaziz benjamin benny jair naftali yitzhak schimon shimon ehud ariel
emmanuel francois françois jacques jean-claude jean-marc jean-luc jean-yves marine nicolas didier pierre laurent
emmanuelle sébastien ségolène olivier thierry manuel manuela josep pedro mariano pablo santiago alberto silvio giuseppe
matteo mario sergio giorgia enrico romano paolo wladimir vladimir dmitri dmitrij sergej sergei sergey michail mikhail
alexej alexei alexander juri yuri jewgeni boris igor oleg nikolai wassili wiktor viktor pjotr petro wolodymyr volodymyr
arseni julija yulia mykola andrij andrej andrzej jaroslaw lech donald mateusz beata vitali vitaly witali
gulmurod pooja narendra rahul sonia indira xi li wang zhang kim shinzo fumio yoshihide jacinda scott malcolm
theresa boris keir rishi liz gordon tony david nigel nicola hillary bill george john barack joe kamala mike mitt
nancy chuck rex mike condoleezza colin hillary ivanka melania jared nathan james rudy kevin ron
ted marco rand lindsey neil grant dick steffi til heath tina boris jose josé carlos dean hugh ivan ivar renzo juri yuri ole jeb elizabeth bernie pete kirsten amy beto lloyd antony jake jens ursula charles
recep ilham nikol alijew sahra katrin annalena robert christian markus horst armin friedrich olaf angela gerhard
helmut frank-walter joachim wolfgang norbert hubertus heiko sigmar andrea nancy kevin cem ricarda omid saskia
boris-johnson hans-georg karl-heinz hans-peter hans-jürgen klaus-peter
`.split(/\s+/).filter(Boolean);


/**
 * German first names of the generations who make the news (the @zxcvbn-ts list holds mostly recent
 * baby names) and common English first names.
 */
const olderGermanFirstNames = `
herbert helmut günter günther manfred jürgen wolfgang dieter horst gerhard heinz klaus uwe rainer bernd ulrich werner
walter rolf dirk jörg ralf frank detlef hartmut reinhard gerd gert volker norbert harald siegfried erwin kurt heinrich
hermann otto ernst willi wilhelm hubert josef alois anton rudolf bruno egon eberhard ekkehard lothar wilfried winfried
burkhard reinhold gottfried joachim joschka guido cem hans-dietrich hans-jochen franz-josef karl-theodor hans-christian
hans-werner karl-heinz hans-peter hans-jürgen hans-joachim hans-ulrich klaus-dieter peter-michael edmund theo thilo
till torsten thorsten steffen sven stefan stephan carsten kersten jens lars kai-uwe holger heiko hendrik henning
ingo ingolf jochen kay knut konrad konstantin matthias mathias michael olaf oliver otmar ottmar rüdiger sigmar
tilman ulf ulrich volkmar waldemar wendelin wigand wilhelm wolf wolfram christoph gregor andreas armin bodo
ursula renate monika petra sabine brigitte ingrid karin helga gisela erika christa elke birgit heike angelika
susanne andrea claudia barbara doris edith gertrud hildegard annegret annette anke antje astrid beate bettina
christiane cornelia dagmar dorothea elfriede elisabeth gabriele gudrun hannelore heidemarie heidrun hiltrud ilse
inge irene iris jutta karola katrin kerstin marianne marion martina regina roswitha rita ruth sigrid silke
simone svenja tanja ulla ulrike ute veronika waltraud wiebke manuela margot marga marlies magdalena malu
`;

const englishFirstNames = `
george barack hillary donald ronald richard lyndon dwight harry franklin woodrow theodore abraham thomas
andrew arthur bill chuck dick gerald jimmy jerry larry gary terry douglas kenneth keith kevin steve stephen
edward howard raymond roger russell ralph randy dennis walter wayne warren timothy jeffrey jeff geoffrey gregory
greg patrick paul peter philip phillip rick robert bob roy sean shawn stanley todd tom ted william bruce carl craig
craig dale dan daniel darren dave david derek donald douglas earl eugene frank fred gordon harold jack jason
joe joseph jim james john johnny jon jonathan justin larry lawrence leonard louis mark martin matthew michael
mitch neil nicholas norman oliver ray rex ron ross ryan scott simon stuart terence tony victor vincent
angela ann anne barbara betty carol carolyn catherine cathy cheryl christine cynthia deborah debra diane donna
dorothy elizabeth ellen emily evelyn frances gloria hannah heather helen jacqueline janet jane janice jean
jennifer jessica joan joyce judith judy julia julie karen katherine kathleen kathryn kelly kimberly laura linda
lisa lori louise margaret maria marie marilyn martha mary melissa michelle nancy nicole pamela patricia rachel
rebecca rose ruth sandra sara sarah sharon shirley stephanie susan tammy teresa theresa virginia wendy
`;

/** First names that are also ordinary German words or months; never taken as evidence alone. */
const ambiguousFirstNames = new Set(
  'mark will mai august rose ida june may line page bo can said kay joy sunny summer ivy ruby rex holly amber bella liv luna mina flora aurora pascal grace hope faith mio mia ella lou jan dana gloria justin tim sam otto franz emil karl paris kai ole chance april star sky'.split(' '),
);

const germanFirstNames = loadList('firstnames');
const lastNames = loadList('lastnames');
const commonWords = loadList('commonWords');

/** Known first names (lower case), minus the ambiguous ones. */
export const firstNames: ReadonlySet<string> = new Set(
  [...germanFirstNames, ...internationalFirstNames, ...olderGermanFirstNames.split(/\s+/), ...englishFirstNames.split(/\s+/)].filter(Boolean).filter((name) => !ambiguousFirstNames.has(name)),
);

/** Known surnames (lower case). Many are also nouns ("Fischer"), so they only help after a first name. */
export const surnames: ReadonlySet<string> = new Set(lastNames);

/** Frequent German words (lower case), names and surnames included: the common-noun test. */
export const frequentWords: ReadonlySet<string> = new Set(commonWords);

/**
 * True when a capitalised token is probably an ordinary word: frequent in German and not only
 * known as a first name or surname, or built with a common-noun suffix.
 */
export function looksLikeCommonWord(token: string): boolean {
  return memoised(commonWordMemo, token, isCommonWord);
}

/**
 * The word tests here are pure and asked of the same words in every text, so each answer is kept
 * per word, within a bound, like `foldName`'s.
 */
function memoised(memo: Map<string, boolean>, word: string, test: (word: string) => boolean): boolean {
  let answer = memo.get(word);
  if (answer === undefined) {
    if (memo.size >= memoLimit) memo.clear();
    answer = test(word);
    memo.set(word, answer);
  }
  return answer;
}

const memoLimit = 100_000;
const commonWordMemo = new Map<string, boolean>();
const compoundNounMemo = new Map<string, boolean>();
const roleNounMemo = new Map<string, boolean>();

function isCommonWord(token: string): boolean {
  const lower = token.toLowerCase();
  if (functionWords.has(lower)) return true;
  if (/(ung|heit|keit|schaft|tion|ität|ismus|nis|tum|chen|lein|ment|ium|amt|leiter|halter|ungen|heiten|keiten|schaften|tionen|täten|ismen|ämter)$/.test(lower)) return true;
  if (frequentWords.has(lower) && !firstNames.has(lower) && !surnames.has(lower)) return true;
  return false;
}

/**
 * True when a token looks like a compound whose last part is a frequent word ("Regierungskreisen",
 * "Sicherheitsgründen"). Place names built from such parts are caught by `hasToponymEnding` first.
 */
export function looksLikeCompoundNoun(token: string): boolean {
  return memoised(compoundNounMemo, token, endsInFrequentWord);
}

function endsInFrequentWord(token: string): boolean {
  const lower = token.toLowerCase();
  for (let cut = 3; cut <= lower.length - 4; cut += 1) {
    const head = lower.slice(cut);
    if (head.length >= 4 && inflectedForms(head).some((form) => form.length >= 4 && frequentWords.has(form))) return true;
  }
  return false;
}

/** A word and the forms it may stand for without its inflection ending ("Resten" → "rest", "reste"). */
export function inflectedForms(lower: string): string[] {
  const forms = [lower];
  for (const ending of ['n', 'en', 'e', 's', 'es', 'er', 'ern', 'nen']) if (lower.endsWith(ending)) forms.push(lower.slice(0, -ending.length));
  return forms;
}

/** Endings that mark German and neighbouring place names ("-burg", "-hausen", "-ingen"). */
export function hasToponymEnding(token: string): boolean {
  return /(burg|berg|stadt|dorf|hausen|heim|feld|bach|hagen|furt|brück|brücken|ingen|hofen|rode|born|tal|see|haven|hafen|kirchen|münster|leben|werder|witz|itz|ow|au|ach|lar|ingen|rup|beck|büttel|hude)$/.test(token.toLowerCase());
}

/** Articles, pronouns, prepositions and other words that are capitalised only at sentence start. */
export const functionWords: ReadonlySet<string> = new Set(
  `der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn weil wenn als wie auch noch
  schon nur sehr mehr im am an auf aus bei mit nach seit von vor zu zur zum über unter durch für gegen ohne um bis
  er sie es wir ihr ich du man sich dies diese dieser dieses diesem diesen jene jener alle alles viele einige mehrere
  beim vom ins ans aufs ja nein nicht kein keine keiner keinen wer was wo wann warum weshalb wieso dann damals heute
  gestern morgen jetzt nun so da dort hier hin her laut zufolge gemäß trotz während wegen statt innerhalb außerhalb
  the of and in on for to at by a an mr mrs ms dr prof herr frau`.split(/\s+/),
);

/** Particles inside personal names ("Osama bin Laden", "Ursula von der Leyen", "Didier Le Bret"). */
export const nameParticles: ReadonlySet<string> = new Set(
  'von van der de del della di da du le la al el bin ben ibn zu ter ten dos y'.split(' '),
);

/**
 * Role nouns that precede a person's name ("Präsident", "Sprecherin", "Oberst"). Matched as the end
 * of a token, so compounds ("US-Präsident", "Außenminister", "Bürgermeisterin") qualify too.
 */
export const roleNouns: readonly string[] = `
präsident präsidentin kanzler kanzlerin minister ministerin premier premierministerin sprecher sprecherin oberst
general generalin generalleutnant generalmajor admiral major hauptmann leutnant kommandeur kommandant befehlshaber
chef chefin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin botschafter botschafterin
vorsitzende vorsitzender abgeordnete abgeordneter senator senatorin gouverneur gouverneurin könig königin prinz
prinzessin papst bischof bischöfin kardinal richter richterin anwalt anwältin staatsanwalt staatsanwältin trainer
trainerin professor professorin analyst analystin experte expertin autor autorin regisseur regisseurin sänger
sängerin schauspieler schauspielerin journalist journalistin korrespondent korrespondentin reporter reporterin
direktor direktorin geschäftsführer geschäftsführerin staatssekretär staatssekretärin sekretär sekretärin
beauftragte beauftragter koordinator koordinatorin diplomat diplomatin emir scheich ayatollah sultan kalif
leiter leiterin schulleiter buchhalter landrat landrätin pfarrer pfarrerin rabbiner imam kapitän kapitänin dr prof herr frau
kandidat kandidatin stürmer stürmerin torwart torhüter torhüterin torjäger verteidiger verteidigerin schriftsteller
schriftstellerin dichter dichterin komponist komponistin maler malerin musiker musikerin politiker politikerin
unternehmer unternehmerin moderator moderatorin historiker historikerin ökonom ökonomin
`.split(/\s+/).filter(Boolean);

const roleNounSet: ReadonlySet<string> = new Set(roleNouns);
const longestRoleNoun = Math.max(...roleNouns.map((role) => role.length));

/** True when a token is, or ends with, a role noun. */
export function isRoleNoun(token: string): boolean {
  return memoised(roleNounMemo, token, endsInRoleNoun);
}

function endsInRoleNoun(token: string): boolean {
  const lower = token.toLowerCase();
  if (lower.length < 2) return false;
  if (roleNounSet.has(lower)) return true;
  // A compound ending in a role noun of four letters or more, with at least three letters before it.
  for (let length = 4; length <= longestRoleNoun && length < lower.length - 2; length += 1) {
    if (roleNounSet.has(lower.slice(-length))) return true;
  }
  return false;
}

/** Nouns that introduce a place name ("die syrische Stadt Rakka", "Provinz Idlib"). */
export const placeCueNouns: ReadonlySet<string> = new Set(
  `stadt hauptstadt großstadt kleinstadt grenzstadt hafenstadt küstenstadt provinzhauptstadt landeshauptstadt
  metropole provinz region gemeinde dorf ortschaft ort bezirk landkreis bundesland bundesstaat kanton insel
  stadtteil ortsteil gouvernement distrikt hochburg`.split(/\s+/),
);

/** Verbs of saying that follow a speaker's name. */
export const speechVerbs: ReadonlySet<string> = new Set(
  'sagte sagt erklärte erklärt betonte betont meinte meint warnte warnt kritisierte kritisiert forderte fordert schrieb schreibt teilte sagten erklärten'.split(' '),
);

/** Nouns after a place adjective that make a street or square name ("Schwabacher Straße", "Potsdamer Platz"). */
export const streetNouns = /^(Straße|Strasse|Platz|Allee|Gasse|Weg|Damm|Ring|Chaussee|Ufer|Tor|Brücke)$/;
