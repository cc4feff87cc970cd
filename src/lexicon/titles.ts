import { table, wordSet } from './words.js';

// Titles and role nouns: what a person is ("Foreign Minister", "the spokesman").

/** Title words that precede a name ("Prime Minister", "Treasury Secretary"); they belong to the role, not the name. */
export const TITLE_WORDS = wordSet(`
Administrator
Adv
Advocate
Delegate
Hon
Honourable
Rev
Reverend
Cllr
Pastor
Datuk
Dato
Datin
Seri
Sri
Tun
Haji
Hajjah
Ayatollah
PM
DPM
FM
Staff
Chief-of-Staff
Attorney-General
Minister-President
President
Vice
Prime
Minister
Ministers
Foreign
Defence
Defense
Finance
Interior
Home
Trade
Economy
Energy
Health
Education
Justice
Deputy
Secretary
Secretary-General
Treasury
State
Chancellor
Chief
General
Gen
Gen.
Lt
Lt.
Col
Col.
Maj
Maj.
Capt
Capt.
Sgt
Sgt.
Supt
Supt.
Insp
Insp.
Det
Det.
Cpl
Cpl.
Cmdr
Cdr
Brig
Atty
Adm
Adm.
Admiral
Colonel
Major
Captain
Sergeant
Lieutenant
Commander
Marshal
Senator
Sen
Sen.
Rep
Rep.
Reps
Reps.
Sens
Sens.
Representative
Congressman
Congresswoman
Assemblyman
Assemblywoman
Assemblymember
Councilman
Councilwoman
Councilmember
Alderman
Alderwoman
Governor
Gov
Gov.
Mayor
King
Queen
Prince
Princess
Highness
Excellency
Majesty
Crown
Pope
Premier
Ambassador
Envoy
Spokesman
Spokeswoman
Spokesperson
Judge
Commissioner
Director
Director-General
Chairman
Chairwoman
Chair
Convener
Convenor
Leader
Speaker
Tempore
Archbishop
Bishop
Cardinal
Rabbi
Imam
Sheikh
Emir
Sultan
Mr
Mr.
Messrs
Messrs.
Mrs
Mrs.
Ms
Ms.
Dr
Dr.
Prof
Prof.
Professor
Lord
Lady
Sir
Dame
Opposition
Supreme
Senior
Former
Acting
Interim
Attorney
Solicitor
Auditor
Inspector
Officer
Officers
Superintendent
Constable
Detective
Coach
Manager
Editor
Correspondent
Executive
CEO
Founder
Co-founder
MP
MEP
Councillor
Councilor
Minority
Majority
Whip
Party
Immigration
Environment
Climate
Transport
Agriculture
Labor
Labour
Industry
Culture
Security
National
Foreign-Affairs
Affairs
External
Internal
Public
Works
Infrastructure
Communications
Information
Sports
Tourism
Water
Housing
Regional
Development
Social
Welfare
Veterans
Homeland
Commerce
Planning
Cabinet
Parliamentary
Permanent
Assistant
Associate
Principal
Managing
Group
Head
First
Second
Grand
High
Chief-Executive
Editor-in-Chief
Commander-in-Chief
Police
Military
Army
Navy
Air
Force
`);

/** Titles a monarch or a pope is known by with one name ("Prince Andrew", "King Charles III", "Pope Francis"). */
export const REGNAL_TITLES = wordSet(`
King
Queen
Prince
Princess
Pope
Emperor
Empress
`);

/**
 * Roles written as capitals ("the Sri Lankan FM met …", "the CM said"), with the title each stands for: a role only
 * as written, never "3 pm" or "5 cm".
 */
export const ROLE_ABBREVIATION_TITLES: ReadonlyMap<string, string> = new Map(
	table(`
FM: foreign minister
PM: prime minister
DPM: deputy prime minister
CM: chief minister
`),
);
export const ROLE_ABBREVIATIONS: ReadonlySet<string> = new Set(ROLE_ABBREVIATION_TITLES.keys());

/** Role nouns other than family relations; ROLE_NOUNS below holds both. */
const OTHER_ROLE_NOUNS = wordSet(`
counsel
president
minister
secretary
spokesman
spokeswoman
spokesperson
spokesmen
leader
chancellor
premier
king
queen
prince
princess
pope
ambassador
envoy
diplomat
official
officer
governor
mayor
senator
congressman
congresswoman
assemblyman
assemblywoman
assemblymember
councilman
councilwoman
councilmember
alderman
alderwoman
representative
lawmaker
legislator
mp
mep
chairman
chairwoman
chair
convener
convenor
chief
head
director
director-general
secretary-general
commissioner
commander
general
admiral
colonel
major
captain
judge
justice
prosecutor
lawyer
attorney
editor
correspondent
reporter
journalist
columnist
analyst
economist
strategist
consultant
pollster
lobbyist
aide
adviser
advisor
professor
researcher
scientist
expert
specialist
executive
ceo
cfo
cto
coo
cmo
vp
svp
evp
founder
co-founder
owner
manager
coach
dj
qb
rb
wr
dl
lb
cb
activist
investigator
protester
critic
pundit
commentator
anchor
rapper
comedian
blogger
author
writer
candidate
councillor
councilor
deputy
negotiator
inspector
superintendent
constable
detective
sheriff
undersheriff
dictator
ruler
monarch
emir
sultan
sheikh
cleric
imam
bishop
archbishop
rabbi
priest
pastor
student
teacher
doctor
nurse
farmer
worker
resident
voter
shopper
customer
patient
survivor
witness
victim
girlfriend
boyfriend
fiancee
fiancée
fiance
fiancé
neighbor
neighbour
woman
man
girl
boy
teenager
vendor
shopkeeper
driver
member
partner
president-elect
vice-president
whip
trader
investor
banker
entrepreneur
businessman
businesswoman
engineer
physician
surgeon
psychologist
historian
officials
chief-executive
editor-in-chief
commander-in-chief
treasurer
auditor
registrar
clerk
speaker
organiser
organizer
coordinator
campaigner
volunteer
soldier
pilot
athlete
player
actor
actress
singer
artist
novelist
poet
musician
filmmaker
producer
designer
architect
photographer
publisher
academic
lecturer
scholar
advocate
chef
fan
reader
librarian
`);

/** Relations by family ("Nawaz Sharif’s daughter"): the one owning them is a relative, not the person described. */
export const KIN_NOUNS = wordSet(`
mother
father
mom
mum
dad
son
daughter
wife
husband
brother
sister
widow
widower
aunt
uncle
cousin
niece
nephew
grandmother
grandfather
grandson
granddaughter
stepfather
stepmother
stepdad
stepmom
`);

/** Nouns that make a phrase a role ("Kremlin spokesman", "a 33-year-old blogger", "his daughter"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([...OTHER_ROLE_NOUNS, ...KIN_NOUNS]);

/** A role noun, also with a prefix or "-elect": "counter-protester", "co-founder", "president-elect". */
export const isRoleNoun = (word: string): boolean => {
	const w = word.toLowerCase();
	return ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/^\p{L}+-(?=\p{L}{4,}$)/u, '').replace(/-elect$/, ''));
};

/** A role noun or its plural: "psychologists", "residents". */
export const isRoleNounOrPlural = (word: string): boolean => isRoleNoun(word) || isRoleNoun(word.replace(/s$/, ''));

/** Nouns for a person that are no role: "a woman identified as …". */
export const PERSON_NOUNS = wordSet(`
woman
man
girl
boy
teenager
teen
person
victim
suspect
resident
neighbor
neighbour
`);

/** Words after the noun of an unnamed source that tell who they are: "a person familiar with the matter", "an official briefed on the talks". */
export const SOURCE_QUALIFIERS = wordSet(`
familiar
briefed
close
involved
knowledgeable
`);

/** Generic sources that are things, not people ("the graffiti that said", "data show"): no "he" or "she" can mean them. */
export const THING_SOURCES = wordSet(`
it
this
that
there
data
figures
statistics
studies
report
reports
`);

/** Words that make a speaker generic ("officials said"): such statements name nobody. */
export const GENERIC_SPEAKERS = wordSet(`
rivals
opponents
supporters
allies
relatives
families
parents
students
lawmakers
activists
protesters
voters
workers
prosecutors
investigators
officials
official
sources
source
analysts
analyst
experts
expert
observers
critics
residents
witnesses
people
police
authorities
reports
report
media
diplomats
diplomat
economists
some
others
many
researchers
scientists
participants
respondents
studies
data
figures
statistics
it
this
that
there
`);

/** Roles whose holder speaks for a body ("a spokesperson for Chevron"): the body speaks, unless the article names them. */
export const SPOKESPEOPLE = wordSet(`
spokesman
spokeswoman
spokesperson
representative
`);

/** People who speak for the body they work for ("economists at Goldman Sachs"); not fans or residents. */
export const PROFESSIONALS = wordSet(`
analysts
economists
researchers
strategists
lawyers
scientists
experts
officials
executives
spokespeople
`);

/** Ranks written before an office that make another, lower office of it: a vice premier is not "the premier". */
export const LOWER_RANKS = wordSet(`
vice
deputy
`);

/** Words written before an office that name someone who no longer holds it, or holds it for now: a former president. */
export const FORMER_OR_ACTING = wordSet(`
former
acting
ex
`);

/** Titles of a head of state or government, whom "the French leader" or "the Chinese leader" means. */
export const LEADER_TITLES = wordSet(`
president
prime minister
premier
chancellor
king
queen
emperor
supreme leader
`);

/**
 * Offices no one holds two of at once, each with the forms written before a name: a governor is no senator, so "the
 * governor" is not the state senator just quoted.
 */
export const SOLE_OFFICES: ReadonlyMap<string, string> = new Map(
	table(`
governor: governor gov gov.
senator: senator sen sen.
representative: representative rep rep. congressman congresswoman
mayor: mayor
assembly member: assemblyman assemblywoman assemblymember
council member: councilman councilwoman councilmember councillor councilor alderman alderwoman
`).flatMap(([office, forms]) => forms.split(' ').map((form) => [form, office] as const)),
);

/** Adjectives naming the field an expert works in ("the legal expert", "the military analyst"): no second person. */
export const FIELD_ADJECTIVES = wordSet(`
legal
political
economic
financial
military
medical
scientific
technical
diplomatic
constitutional
`);

/**
 * Words that, before a title, make another office of it: a Vice President is no President, a Trade Representative
 * no Representative, an Attorney General no General.
 */
export const OFFICE_MODIFIERS = wordSet(`
vice
deputy
under
assistant
lieutenant
attorney
trade
prime
`);

/** Titles written short with a stop, whose stop ends no sentence: "Adm. Michael Gilday", "Sen. Warren", "Dr. Fauci". */
export const ABBREVIATED_TITLES = wordSet(`
Lt
Gen
Col
Maj
Capt
Sgt
Adm
Cmdr
Cdr
Brig
Cpl
Supt
Insp
Det
Atty
Rev
Hon
Dr
Mr
Mrs
Ms
Prof
Sen
Rep
Gov
St
`);
