import { wordSet } from './words.js';

// Words that make a phrase an organisation, and the writings that speak for one.

/** Words that close a firm's full name after the name it goes by ("Infineon Technologies" is "Infineon"). */
export const FIRM_SUFFIXES = wordSet(`
Company
Corporation
Corp
Inc
Ltd
Group
Holdings
Technologies
Systems
Industries
Motors
Airlines
Pharmaceuticals
Laboratories
Labs
`);

/** Words that make a capitalised run an organisation. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
	...wordSet(`
Ministry
Department
Agency
Office
Council
Committee
Commission
Union
Organization
Organisation
Association
Party
GOP
Commonwealth
Bank
Fund
Army
Navy
Force
Forces
Police
Court
Parliament
Congress
Senate
Assembly
Government
University
Institute
Foundation
Authority
Service
Services
Board
Bureau
Alliance
Federation
League
Coalition
Treaty
Times
Post
News
Journal
Press
Network
Television
Radio
Reuters
Bloomberg
Xinhua
Tass
Command
Guard
Cabinet
Secretariat
Exchange
Trust
Society
Club
Media
Administration
Admin
Nations
Economics
Research
Associates
Partners
Capital
Consulting
Securities
Investments
Management
Equity
Analytics
Advisors
Advisers
Survey
Statistics
Solutions
Lines
Energy
Petroleum
Robotics
Properties
Interactive
Animation
Entertainment
Mining
Aerospace
Software
Communications
Insurance
Logistics
Ventures
School
College
Academy
Studios
Pictures
Channel
Airways
Records
Games
United
FC
Embassy
Consulate
Mission
Caucus
Movement
Front
Brigade
Division
Battalion
Regiment
Squad
Corps
Unit
Team
Endowment
Initiative
Forum
Dialogue
Institution
Tribunal
Herald
Tribune
Telegraph
Magazine
Directorate
Delegation
Chamber
Judiciary
Museum
Orchestra
`),
	...FIRM_SUFFIXES,
]);

/**
 * Bodies a leader's or candidate's name makes their own ("the Trump administration", "the Trump transition team", "the
 * Modi government"): the body speaks, not the person.
 */
export const LEADERS_BODIES = wordSet(`
administration
campaign
government
transition team
team
`);

/** Kinds of body written after the body's own name, in lower case: "Netanyahu's Likud party", "the Hamas movement". */
export const KINDS_AFTER_NAME = wordSet(`
party
movement
`);

/** Chambers that open the name of one of their committees ("House Ways and Means Committee"), never a person's name. */
export const CHAMBERS = wordSet(`
House
Senate
`);

/** Heads of a phrase naming an organisation: "the ruling party", "the ministry" (the nearest one so named). */
export const ORGANISATION_HEADS = wordSet(`
party
ministry
government
department
agency
bureau
company
firm
court
council
committee
commission
institute
organisation
organization
union
bank
embassy
office
administration
army
military
authority
authorities
foundation
association
federation
charity
board
university
group
newspaper
broadcaster
magazine
`);

/**
 * Kinds of body whose name may stand right after the word ("the state newspaper Rodong Sinmun", "the investment bank
 * JP Morgan"); not "board" or "union", after which a member is named ("the student union Althea Suen").
 */
export const BODY_KINDS = wordSet(`
newspaper
broadcaster
network
magazine
agency
company
firm
group
charity
bank
foundation
institute
association
`);

/** Verbs of making or putting out a document, before its author: "a study conducted by", "a statement read … from". */
export const AUTHORING_VERBS = wordSet(`
conducted
written
published
released
led
carried out
prepared
commissioned
read
issued
broadcast
aired
`);

/** Writings that speak for their author: "TNO's report said", "the ministry's statement said". */
export const DOCUMENT_NOUNS = wordSet(`
report
article
editorial
lawsuit
complaint
indictment
petition
statement
paragraph
study
survey
document
letter
website
post
tweet
filing
analysis
memo
paper
review
release
note
ruling
judgment
decision
order
bill
law
plan
budget
`);

/** Words that name a news outlet ("Guardian Business", "Fox News", "The New York Times"): speaking to one is an interview. */
export const MEDIA_WORDS = wordSet(`
News
Times
Post
Journal
Herald
Tribune
Gazette
Guardian
Telegraph
Chronicle
Observer
Reuters
Bloomberg
AP
BBC
CNN
MSNBC
NBC
CBS
ABC
NPR
Radio
Television
TV
Magazine
Press
Inquirer
Bulletin
Business
`);

/** Wire services, as a byline names them ("By Jane Doe, Reuters"): a source the article cites, not an author. */
export const NEWS_AGENCIES = wordSet(`
Reuters
AP
Associated Press
The Associated Press
AFP
Agence France-Presse
Bloomberg
Xinhua
TASS
dpa
ANSA
EFE
Kyodo
Yonhap
PTI
ANI
UPI
Anadolu
Bernama
CNA
AAP
CP
The Canadian Press
`);
