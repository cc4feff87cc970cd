// Word lists of English news language. They describe the language (titles, reporting verbs, country names),
// never particular articles.

const set = (words: string) => new Set(words.trim().split(/\s*\|\s*/).map((w) => w.toLowerCase()));

/** Country names with their demonyms (the adjective also names the country: "Chinese leader" ~ "China's leader"). */
const COUNTRY_TABLE = `
Afghanistan:Afghan|Albania:Albanian|Algeria:Algerian|Angola:Angolan|Argentina:Argentine,Argentinian|Armenia:Armenian|Australia:Australian|Austria:Austrian|Azerbaijan:Azerbaijani|Bahrain:Bahraini|Bangladesh:Bangladeshi|Belarus:Belarusian|Belgium:Belgian|Bolivia:Bolivian|Bosnia:Bosnian|Brazil:Brazilian|Britain:British|Bulgaria:Bulgarian|Cambodia:Cambodian|Cameroon:Cameroonian|Canada:Canadian|Chile:Chilean|China:Chinese|Colombia:Colombian|Congo:Congolese|Croatia:Croatian|Cuba:Cuban|Cyprus:Cypriot|Czech Republic:Czech|Denmark:Danish|Ecuador:Ecuadorian|Egypt:Egyptian|Eritrea:Eritrean|Estonia:Estonian|Ethiopia:Ethiopian|Finland:Finnish|France:French|Georgia:Georgian|Germany:German|Ghana:Ghanaian|Greece:Greek|Guatemala:Guatemalan|Haiti:Haitian|Hungary:Hungarian|Iceland:Icelandic|India:Indian|Indonesia:Indonesian|Iran:Iranian|Iraq:Iraqi|Ireland:Irish|Israel:Israeli|Italy:Italian|Japan:Japanese|Jordan:Jordanian|Kazakhstan:Kazakh|Kenya:Kenyan|Kosovo:Kosovar|Kuwait:Kuwaiti|Kyrgyzstan:Kyrgyz|Laos:Lao,Laotian|Latvia:Latvian|Lebanon:Lebanese|Libya:Libyan|Lithuania:Lithuanian|Malaysia:Malaysian|Mali:Malian|Mexico:Mexican|Moldova:Moldovan|Mongolia:Mongolian|Morocco:Moroccan|Mozambique:Mozambican|Myanmar:Burmese|Nepal:Nepali,Nepalese|Netherlands:Dutch|New Zealand:New Zealander|Nicaragua:Nicaraguan|Niger:Nigerien|Nigeria:Nigerian|North Korea:North Korean|South Korea:South Korean,Korean|Norway:Norwegian|Oman:Omani|Pakistan:Pakistani|Palestine:Palestinian|Panama:Panamanian|Peru:Peruvian|Philippines:Filipino,Philippine|Poland:Polish|Portugal:Portuguese|Qatar:Qatari|Romania:Romanian|Russia:Russian|Rwanda:Rwandan|Saudi Arabia:Saudi|Senegal:Senegalese|Serbia:Serbian|Singapore:Singaporean|Slovakia:Slovak|Slovenia:Slovenian|Somalia:Somali|South Africa:South African|South Sudan:South Sudanese|Spain:Spanish|Sri Lanka:Sri Lankan|Sudan:Sudanese|Sweden:Swedish|Switzerland:Swiss|Syria:Syrian|Taiwan:Taiwanese|Tajikistan:Tajik|Tanzania:Tanzanian|Thailand:Thai|Tunisia:Tunisian|Turkey:Turkish|Turkmenistan:Turkmen|Uganda:Ugandan|Ukraine:Ukrainian|United Arab Emirates:Emirati|United Kingdom:British|United States:American|Uruguay:Uruguayan|Uzbekistan:Uzbek|Venezuela:Venezuelan|Vietnam:Vietnamese|Yemen:Yemeni|Zambia:Zambian|Zimbabwe:Zimbabwean
`;

/** Other names of a country, mapped to its canonical name. */
const COUNTRY_ALIASES: Record<string, string> = {
	'u.s.': 'United States', us: 'United States', usa: 'United States', 'u.s.a.': 'United States', america: 'United States',
	uk: 'United Kingdom', 'u.k.': 'United Kingdom', 'great britain': 'United Kingdom', britain: 'United Kingdom',
	uae: 'United Arab Emirates', 'czechia': 'Czech Republic', burma: 'Myanmar', 'the netherlands': 'Netherlands', holland: 'Netherlands',
	'the philippines': 'Philippines', 'dprk': 'North Korea', 'prc': 'China', 'turkiye': 'Turkey', 'türkiye': 'Turkey',
};

export const COUNTRIES = new Map<string, string>();
export const DEMONYMS = new Map<string, string>();
for (const row of COUNTRY_TABLE.trim().split('|')) {
	const [country, demonyms] = row.split(':') as [string, string];
	COUNTRIES.set(country.toLowerCase(), country === 'Britain' ? 'United Kingdom' : country);
	for (const d of demonyms.split(',')) if (!DEMONYMS.has(d.toLowerCase())) DEMONYMS.set(d.toLowerCase(), country === 'Britain' ? 'United Kingdom' : country);
}
for (const [alias, country] of Object.entries(COUNTRY_ALIASES)) COUNTRIES.set(alias, country);

/** The same role said the other way: "Chinese leader" ~ "China's leader", "Russia's Foreign Minister" ~ "Russian Foreign Minister". */
export function roleVariants(role: string): string[] {
	const [first = '', ...rest] = role.split(' ');
	if (!rest.length) return [];
	const country = DEMONYMS.get(first.toLowerCase());
	if (country) return [`${country}'s ${rest.join(' ')}`];
	const owner = /^(.+)['’]s$/.exec(first)?.[1];
	const demonym = owner ? [...DEMONYMS].find(([, c]) => c.toLowerCase() === (COUNTRIES.get(owner.toLowerCase()) ?? '').toLowerCase())?.[0] : undefined;
	return demonym ? [`${demonym[0]!.toUpperCase()}${demonym.slice(1)} ${rest.join(' ')}`] : [];
}

/**
 * Whether a role names one person rather than many: it says whose ("Russia's Foreign Minister", "Chinese leader",
 * "Kremlin spokesman"). "President" or "Prime Minister" alone is shared by many and is never an alias.
 */
export function isSpecificRole(role: string): boolean {
	return role.split(/\s+/).some((word) => {
		const w = word.toLowerCase().replace(/[.,]$/, '');
		return /['’]s$/.test(word) || DEMONYMS.has(w) || COUNTRIES.has(w) || (/^\p{Lu}/u.test(word) && !TITLE_WORDS.has(w) && !ROLE_NOUNS.has(w));
	});
}

/** Capitals and large cities, which news text names as places (and by metonymy for governments). */
export const CITIES = set(`
Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Astana|Athens|Baghdad|Baku|Bangkok|Barcelona|Beijing|Beirut|Belgrade|Berlin|Bern|Bogota|Boston|Brasilia|Bratislava|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Canberra|Cape Town|Caracas|Chicago|Colombo|Copenhagen|Dakar|Damascus|Davos|Delhi|Dhaka|Doha|Dubai|Dublin|Durban|Edinburgh|Geneva|Guangzhou|Hanoi|Havana|Helsinki|Ho Chi Minh City|Hong Kong|Houston|Islamabad|Istanbul|Jakarta|Jeddah|Jerusalem|Johannesburg|Kabul|Kampala|Karachi|Kathmandu|Khartoum|Kiev|Kigali|Kinshasa|Kuala Lumpur|Kyiv|Lagos|Lahore|Lima|Lisbon|Ljubljana|London|Los Angeles|Luanda|Madrid|Manila|Melbourne|Mexico City|Miami|Milan|Minsk|Mogadishu|Montreal|Moscow|Mumbai|Munich|Nairobi|New Delhi|New York|Nur-Sultan|Osaka|Oslo|Ottawa|Paris|Perth|Phnom Penh|Prague|Pretoria|Pyongyang|Quito|Rabat|Riga|Riyadh|Rome|San Francisco|Santiago|Sao Paulo|Seoul|Shanghai|Singapore|Sofia|St Petersburg|St. Petersburg|Stockholm|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tehran|Tel Aviv|The Hague|Tianjin|Tokyo|Toronto|Tripoli|Tunis|Ulaanbaatar|Vancouver|Vienna|Vilnius|Vladivostok|Warsaw|Washington|Wellington|Yerevan|Zagreb|Harare|Lusaka|Maputo|Dodoma|Dar es Salaam|Gaza|Kharkiv|Odesa|Odessa|Kursk|Donetsk|Crimea|Sochi
`);

/** Words that make a capitalised run a place. */
export const PLACE_WORDS = set(`Sea|Ocean|River|Square|Street|Island|Islands|Province|Region|District|County|Valley|Gulf|Strait|Bay|City|Mountains|Peninsula|Lake|Hall|Palace|Airport|Avenue|Road|Park|Stadium|Hotel|Museum|Hospital|Centre|Center|Building|Tower|Bridge|Harbour|Harbor|Coast|Desert|Plaza|Village|Town|Capitol|Kremlin|House`);

/** Words that make a capitalised run an organisation. */
export const ORGANISATION_WORDS = set(`Ministry|Department|Agency|Office|Council|Committee|Commission|Union|Organization|Organisation|Association|Party|Bank|Fund|Army|Navy|Force|Forces|Police|Court|Parliament|Congress|Senate|Assembly|Government|University|Institute|Company|Corporation|Corp|Inc|Ltd|Group|Foundation|Authority|Service|Services|Board|Bureau|Alliance|Federation|League|Coalition|Treaty|Times|Post|News|Journal|Press|Network|Television|Radio|Reuters|Bloomberg|Xinhua|Tass|Command|Guard|Cabinet|Secretariat|Exchange|Trust|Society|Club|Network|Media|Administration|Nations|Economics|Research|Associates|Partners|Capital|Consulting|Securities|Holdings|Analytics|Advisors|Advisers|Survey|Statistics|Solutions|Technologies|Systems|Industries|Airlines|Motors|Energy|Petroleum|Pharmaceuticals|Labs|Laboratories|School|College|Academy|Studios|Pictures|Channel|Airways|Records|Games|Club|United|FC|Embassy|Consulate|Mission|Caucus|Movement|Front|Brigade|Corps|Unit|Team`);

/** Capitalised words that start a run but are not part of a name. */
export const NOT_NAME_WORDS = set(`The|A|An|In|On|At|By|For|From|To|Of|And|But|Or|Nor|So|Yet|As|If|When|While|Whilst|Where|After|Before|During|Since|Until|Although|Though|Because|However|Meanwhile|Still|Also|Then|This|That|These|Those|There|Here|It|Its|He|She|They|We|I|You|His|Her|Their|Our|My|Your|Who|What|Which|Why|How|Some|Many|Most|Much|More|All|Both|Each|Every|Other|Another|Such|No|Not|Yes|Now|Today|Yesterday|Tomorrow|Last|Next|Earlier|Later|Under|Over|With|Without|Despite|Amid|Among|Against|Through|Into|Like|Unlike|Asked|Read|Watch|Dear|Please|Thank|Thanks|Mr|Mrs|Ms|Dr|Prof|Sir|Madam|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Christmas|Easter|Ramadan|Eid|War|World|Cold|Second|First|New|Year|Day|Week|Month|God|Allah|Internet|Covid|Covid-19|Coronavirus|English|Islam|Islamic|Muslim|Muslims|Christian|Christians|Jewish|Jews|Catholic|Protestant|Sunni|Shia|Global|International|National|Federal|Democrat|Democrats|Republican|Republicans|Conservative|Conservatives|Labour|Liberal|Liberals|Communist|Communists|Socialist|Socialists|Act|Law|Plan|Initiative|Programme|Program|Project|Strategy|Agreement|Accord|Deal|Summit|Conference|Forum|Games|Olympics|Cup|Prize|Award|Revolution|Empire|Dynasty|Era|Age|Chapter|Article|Section|Part|Page|Photo|Video|Getty|AFP|AP|Twitter|Facebook|Instagram|TikTok|YouTube|WhatsApp|Telegram|X|Google|Apple|Microsoft|Amazon|Meta`);

/** Words of NOT_NAME_WORDS that may open the name of a body or a place: "Liberal Democratic Party", "New York". */
export const NAME_ADJECTIVES = set(`Global|International|National|Federal|Democrat|Republican|Conservative|Labour|Liberal|Communist|Socialist|Islamic|Christian|Catholic|Muslim|Jewish|New|World`);

/** Title words that precede a name ("Prime Minister", "Treasury Secretary"); they belong to the role, not the name. */
export const TITLE_WORDS = set(`Adv|Advocate|Hon|Honourable|Rev|Reverend|Cllr|Pastor|Datuk|Dato|Datin|Seri|Sri|Tun|Haji|Hajjah|Ayatollah|PM|FM|Staff|Chief-of-Staff|Attorney-General|Minister-President|President|Vice|Prime|Minister|Ministers|Foreign|Defence|Defense|Finance|Interior|Home|Trade|Economy|Energy|Health|Education|Justice|Deputy|Secretary|Secretary-General|Treasury|State|Chancellor|Chief|General|Gen|Gen.|Lt|Lt.|Col|Col.|Maj|Maj.|Capt|Capt.|Sgt|Sgt.|Adm|Adm.|Admiral|Colonel|Major|Captain|Sergeant|Lieutenant|Commander|Marshal|Senator|Sen|Sen.|Rep|Rep.|Representative|Congressman|Congresswoman|Governor|Gov|Gov.|Mayor|King|Queen|Prince|Princess|Crown|Pope|Premier|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Judge|Justice|Commissioner|Director|Director-General|Chairman|Chairwoman|Chair|Leader|Speaker|Archbishop|Bishop|Cardinal|Rabbi|Imam|Sheikh|Emir|Sultan|Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Prof|Prof.|Professor|Lord|Lady|Sir|Dame|Opposition|Supreme|Senior|Former|Acting|Interim|Attorney|Solicitor|Auditor|Inspector|Officer|Superintendent|Constable|Detective|Coach|Manager|Editor|Correspondent|Executive|CEO|Founder|Co-founder|MP|MEP|Councillor|Councilor|Minority|Majority|Whip|Party|Immigration|Environment|Climate|Transport|Agriculture|Labor|Labour|Industry|Culture|Security|National|Foreign-Affairs|Affairs|External|Internal|Public|Works|Infrastructure|Communications|Information|Sports|Tourism|Water|Housing|Regional|Development|Social|Welfare|Veterans|Homeland|Commerce|Planning|Cabinet|Parliamentary|Permanent|Assistant|Associate|Principal|Managing|Group|Head|First|Second|Grand|High|Chief-Executive|Police|Military|Army|Navy|Air|Force`);

/** Nouns that make a phrase a role ("Kremlin spokesman", "a 33-year-old blogger"). */
export const ROLE_NOUNS = set(`counsel|president|minister|secretary|spokesman|spokeswoman|spokesperson|spokesmen|leader|chancellor|premier|king|queen|prince|princess|pope|ambassador|envoy|diplomat|official|officer|governor|mayor|senator|congressman|congresswoman|representative|lawmaker|legislator|mp|mep|chairman|chairwoman|chair|chief|head|director|director-general|secretary-general|commissioner|commander|general|admiral|colonel|major|captain|judge|justice|prosecutor|lawyer|attorney|editor|correspondent|reporter|journalist|columnist|analyst|economist|strategist|adviser|advisor|professor|researcher|scientist|expert|executive|ceo|cfo|cto|coo|cmo|vp|svp|evp|founder|co-founder|owner|manager|coach|activist|blogger|author|writer|candidate|councillor|councilor|deputy|counsel|negotiator|inspector|superintendent|constable|detective|sheriff|dictator|ruler|monarch|emir|sultan|sheikh|cleric|imam|bishop|archbishop|rabbi|priest|pastor|student|teacher|doctor|nurse|farmer|worker|resident|survivor|witness|victim|mother|father|son|daughter|wife|husband|widow|brother|sister|woman|man|girl|boy|teenager|vendor|shopkeeper|driver|spokesperson|member|partner|president-elect|vice-president|whip|economist|trader|investor|banker|entrepreneur|engineer|physician|surgeon|psychologist|historian|officials|chief-executive|treasurer|auditor|registrar|clerk|speaker|organiser|organizer|coordinator|campaigner|volunteer|soldier|officer|pilot|athlete|player|actor|singer|artist|novelist|poet|musician|filmmaker|director|producer|designer|architect|photographer|publisher|academic|lecturer|scholar|advocate|chef|owner|fan|reader|librarian`);

/** Verbs that report speech or writing, in every form a news sentence uses them. */
export const REPORTING_VERBS = set(`said|says|say|saying|told|tells|tell|telling|added|adds|adding|continued|continues|continuing|began|begins|concluded|concludes|stated|states|stating|noted|notes|noting|explained|explains|explaining|argued|argues|arguing|insisted|insists|insisting|warned|warns|warning|asked|asks|asking|replied|replies|replying|responded|responds|answered|answers|declared|declares|declaring|announced|announces|announcing|claimed|claims|claiming|acknowledged|acknowledges|admitted|admits|admitting|conceded|concedes|suggested|suggests|suggesting|wrote|writes|writing|tweeted|tweets|posted|posts|recalled|recalls|recalling|remarked|remarks|observed|observes|predicted|predicts|promised|promises|pledged|pledges|vowed|vows|urged|urges|urging|called|calls|calling|described|describes|describing|accused|accuses|accusing|criticised|criticized|criticises|criticizes|praised|praises|denied|denies|denying|confirmed|confirms|confirming|reported|reports|cautioned|cautions|emphasised|emphasized|emphasises|emphasizes|stressed|stresses|stressing|highlighted|highlights|believes|believed|thinks|thought|agreed|agrees|countered|counters|complained|complains|lamented|laments|boasted|boasts|conceded|quipped|joked|shouted|screamed|whispered|testified|testifies|announced|indicated|indicates|signalled|signaled|mused|added:|reiterated|reiterates|compared|compares|likened|likens|characterised|characterized|showed|shows|found|finds|clarified|clarifies|disclosed|discloses|revealed|reveals|alleged|alleges|asserted|asserts|echoed|echoes|assured|assures|reassured|reminded|reminds|estimated|estimates|estimating|forecast|forecasts|projected|expects|expected|hoped|hopes|feared|fears|pointed|points|decried|decries|condemned|condemns|welcomed|welcomes|dismissed|dismisses|rejected|rejects|labelled|labeled|branded|dubbed|termed|put|puts|according|reflects|reflected|reflecting|shares|shared|recounts|recounted|identified|identifies|remembered|remembers|weighed|chimed|summarized|summarizes|summarised|summarises|summarizing|summarising|suggest|urge|declare|insist|argue|warn|claim|admit|explain|note|add`);

/** Reporting verbs that may introduce an indirect statement ("X said that …"). */
export const STATEMENT_VERBS = set(`reveals|explains|notes|states|confirms|announces|clarifies|asserts|alleges|admits|acknowledges|suggests|writes|recalls|concluded|concludes|saying|adding|noting|arguing|warning|claiming|insisting|stating|explaining|asserting|urged|urges|stressed|stresses|reiterated|reiterates|compared|compares|likened|likens|characterised|characterized|showed|shows|found|finds|clarified|alleged|asserted|revealed|disclosed|said|says|told|tells|added|adds|stated|noted|explained|argued|argues|insisted|insists|warned|warns|declared|announced|claimed|claims|acknowledged|admitted|conceded|suggested|wrote|believes|believed|thinks|agreed|confirmed|denied|predicted|predicts|promised|vowed|stressed|emphasised|emphasized|reiterated|indicated|assured|estimated|hopes|hoped|fears|feared|expects|reported|maintained|maintains|contended|contends|recalled|cautioned|complained|lamented|laments`);

/** Words that make a speaker generic ("officials said"): such statements name nobody. */
export const GENERIC_SPEAKERS = set(`officials|official|sources|source|analysts|analyst|experts|expert|observers|critics|residents|witnesses|people|police|authorities|reports|report|media|diplomats|diplomat|economists|some|others|many|researchers|scientists|studies|data|figures|statistics|it|this|that|there`);

/** Heads of a phrase naming an organisation: "the ruling party", "the ministry" (the nearest one so named). */
export const ORGANISATION_HEADS = set(`party|ministry|government|department|agency|bureau|company|firm|court|council|committee|commission|institute|organisation|organization|union|bank|embassy|office|administration|army|military|authority|authorities|foundation|association|federation|charity|board|university|group`);

/** Writings that speak for their author: "TNO's report said", "the ministry's statement said". */
export const DOCUMENT_NOUNS = set(`report|statement|study|survey|document|letter|website|post|tweet|filing|analysis|memo|paper|review|release|note|ruling|judgment|decision|order|bill|law|plan|budget`);

export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
