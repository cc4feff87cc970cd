// Word pools for the synthetic corpus. Names avoid words the extractor's lexicon treats specially (cities,
// countries, months), so a generated person is always a person; the numbers of each pool set how varied the text is.

const list = (text: string) => text.trim().split(/\s*\|\s*/);

export const MALE_NAMES = list(
	`Alexei|Mikhail|Pavel|Viktor|Oleksandr|Andriy|Hiroshi|Kenji|Takeshi|Rahul|Arjun|Vikram|Ahmed|Omar|Khalid|Youssef|Hassan|Mehmet|Emre|Carlos|Luis|Mateo|` +
		`Diego|Pierre|Olivier|Klaus|Stefan|Markus|Lars|Anders|Piotr|Tomasz|Giovanni|` +
		`Marco|Daniel|Michael|Robert|Thomas|William|James|Kwame|Chidi|Tunde|Joko|Budi|` +
		`Minh|Seung-woo|Anwar|Farid|Reza`,
);

export const FEMALE_NAMES = list(
	`Anna|Elena|Olga|Natalia|Yulia|Iryna|Mei|Yuki|Akiko|Priya|Anjali|Fatima|Layla|Aisha|Zeynep|Elif|Maria|Lucia|Isabel|Claire|Camille|Sophie|Ursula|Katrin|` +
		`Ingrid|Agnieszka|Giulia|Sarah|Emily|Karen|Amara|Ngozi|Wanjiru|Siti|Lan|Min-ji|Nadia|Leila|Hana|Beatriz`,
);

export const SURNAMES = list(
	`Ivanov|Petrov|Sokolov|Volkov|Morozov|Lebedev|Kovalenko|Shevchenko|Bondarenko|` +
		`Tkachenko|Tanaka|Suzuki|Yamamoto|Watanabe|Nakamura|Sharma|Patel|Gupta|Reddy|` +
		`Iyer|Haddad|Mansour|Khalil|Nasser|Rahman|Yilmaz|Demir|Kaya|Celik|Aydin|Garcia|` +
		`Rodriguez|Fernandez|Lopez|Herrera|Moreau|Dubois|Laurent|Lefebvre|Girard|` +
		`Schmidt|Fischer|Weber|Becker|Hoffmann|Nielsen|Larsen|Andersen|Lindqvist|Kowalski|Nowak|Wojcik|Zielinski|Rossi|Russo|Ferrari|Bianchi|Esposito|Smith|` +
		`Johnson|Brown|Miller|Davis|Wilson|Thompson|Okafor|Adeyemi|Mensah|Otieno|` +
		`Kamau|Santoso|Wijaya|Nguyen|Tran|Pham|Park|Choi|Kang|Karimi|Hosseini|Tehrani|` +
		`Abdullah|Ibrahim|Hamdan|Kuznetsova|Novak|Horvat|Popescu|Dimitrov|Georgiou|Papadopoulos|Jensen|Virtanen|Korhonen|Bakker|de Souza|da Silva|van Dijk|` +
		`Oliveira|Costa|Pereira|Mahlangu|Nkosi|Dlamini|Banda|Mwangi|Wekesa|Chowdhury|` +
		`Hussain|Qureshi|Siddiqui|Tan|Lim|Goh|Ong|Wong|Sato|Kobayashi|Kato|Hernandez|` +
		`Ramirez|Castillo|Vargas|Ortega|Fuentes|Navarro|Molina|Aguilar|Bauer|Wagner|` +
		`Schulz|Krause|Neumann|Braun|Lange|Richter|Klein|Wolf|Szabo|Toth|Varga|Kiss|` +
		`Molnar|Farkas|Mazur|Krawczyk|Baranov|Orlov|Zaitsev|Pavlenko|Melnyk|Savchenko`,
);

export interface Country {
	name: string;
	/** How it opens a role: "Russia's", "the United States'". */
	possessive: string;
	adjective: string;
	cities: string[];
	currency: string;
}

const c = (name: string, adjective: string, cities: string, currency = '$', possessive = `${name}'s`): Country => ({
	name,
	possessive,
	adjective,
	cities: cities.split(','),
	currency,
});

export const COUNTRIES: Country[] = [
	c('Russia', 'Russian', 'Moscow,St Petersburg,Sochi,Vladivostok', '$'),
	c('China', 'Chinese', 'Beijing,Shanghai,Guangzhou,Tianjin', '$'),
	c('the United States', 'American', 'Washington,New York,Chicago,Houston', '$', "the United States'"),
	c('Ukraine', 'Ukrainian', 'Kyiv,Kharkiv,Odesa', '$'),
	c('Germany', 'German', 'Berlin,Munich', '€'),
	c('France', 'French', 'Paris', '€'),
	c('Britain', 'British', 'London,Edinburgh', '£'),
	c('Japan', 'Japanese', 'Tokyo,Osaka', '$'),
	c('India', 'Indian', 'New Delhi,Mumbai', '$'),
	c('Brazil', 'Brazilian', 'Brasilia,Sao Paulo', '$'),
	c('Turkey', 'Turkish', 'Ankara,Istanbul', '$'),
	c('Iran', 'Iranian', 'Tehran', '$'),
	c('Saudi Arabia', 'Saudi', 'Riyadh,Jeddah', '$'),
	c('Egypt', 'Egyptian', 'Cairo', '$'),
	c('South Africa', 'South African', 'Pretoria,Johannesburg,Cape Town,Durban', '$'),
	c('Nigeria', 'Nigerian', 'Abuja,Lagos', '$'),
	c('Kenya', 'Kenyan', 'Nairobi', '$'),
	c('Indonesia', 'Indonesian', 'Jakarta', '$'),
	c('Vietnam', 'Vietnamese', 'Hanoi', '$'),
	c('South Korea', 'South Korean', 'Seoul', '$'),
	c('Australia', 'Australian', 'Canberra,Sydney,Melbourne', '$'),
	c('Canada', 'Canadian', 'Ottawa,Toronto,Vancouver', '$'),
	c('Mexico', 'Mexican', 'Mexico City', '$'),
	c('Poland', 'Polish', 'Warsaw', '€'),
	c('Italy', 'Italian', 'Rome,Milan', '€'),
	c('Spain', 'Spanish', 'Madrid,Barcelona', '€'),
	c('Qatar', 'Qatari', 'Doha', '$'),
	c('Pakistan', 'Pakistani', 'Islamabad,Karachi,Lahore', '$'),
	c('Malaysia', 'Malaysian', 'Kuala Lumpur', '$'),
	c('Kazakhstan', 'Kazakh', 'Astana', '$'),
	c('Hungary', 'Hungarian', 'Budapest', '€'),
	c('Argentina', 'Argentine', 'Buenos Aires', '$'),
	c('Ethiopia', 'Ethiopian', 'Addis Ababa', '$'),
	c('Thailand', 'Thai', 'Bangkok', '$'),
	c('Norway', 'Norwegian', 'Oslo', '€'),
	c('Switzerland', 'Swiss', 'Geneva,Bern', '€'),
];

/** Capitalised title before a name, and the noun "the minister" uses when it comes back. */
export interface Title {
	title: string;
	noun: string;
}

export const TITLES: Title[] = [
	{ title: 'President', noun: 'president' },
	{ title: 'Prime Minister', noun: 'minister' },
	{ title: 'Foreign Minister', noun: 'minister' },
	{ title: 'Deputy Foreign Minister', noun: 'minister' },
	{ title: 'Defence Minister', noun: 'minister' },
	{ title: 'Trade Minister', noun: 'minister' },
	{ title: 'Finance Minister', noun: 'minister' },
	{ title: 'Energy Minister', noun: 'minister' },
	{ title: 'Economy Minister', noun: 'minister' },
	{ title: 'Interior Minister', noun: 'minister' },
	{ title: 'Health Minister', noun: 'minister' },
	{ title: 'Ambassador', noun: 'ambassador' },
	{ title: 'Foreign Ministry spokesperson', noun: 'spokesperson' },
	{ title: 'Central Bank Governor', noun: 'governor' },
];

export const OUTLETS = list(
	`Reuters|The Associated Press|Agence France-Presse|The Guardian|The Financial Times|Al Jazeera|Nikkei Asia|The Straits Times|Deutsche Welle|The Hindu|` +
		`Daily Maverick|The Globe and Mail|The Japan Times|South China Morning Post|Kyiv Independent|Euronews|The Nation|Anadolu Agency`,
);

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Per topic: what a speaker vows to do (after "will", "must"…), things, and a headline noun. */
export interface TopicWords {
	actions: string[];
	things: string[];
	headline: string[];
	background: string[];
}

export const TOPICS: Record<string, TopicWords> = {
	trade: {
		actions: [
			'expand trade in {thing}',
			'remove the tariffs on {thing}',
			'open our markets to {thing} from {other}',
			'double exports of {thing} within five years',
			'protect our {thing} producers from unfair competition',
			'settle more of our trade in local currencies',
		],
		things: ['steel', 'grain', 'electric vehicles', 'semiconductors', 'fertiliser', 'textiles', 'rare earths', 'soybeans', 'machinery', 'pharmaceuticals'],
		headline: ['trade deal', 'tariff dispute', 'export push', 'trade talks'],
		background: [
			'Exporters in {country} have complained for months about delays at the border.',
			'The trade dispute has weighed on markets across the region.',
			'Business groups on both sides have urged their governments to reach a deal.',
		],
	},
	sanctions: {
		actions: [
			'lift the sanctions on {other}',
			'impose new sanctions on anyone who helps {other}',
			'close every loophole in the embargo',
			'tighten export controls on {thing}',
			'freeze the assets of those responsible',
		],
		things: ['dual-use goods', 'drones', 'machine tools', 'oil tankers', 'microchips', 'banks'],
		headline: ['sanctions', 'new sanctions', 'sanctions relief'],
		background: [
			'Western governments have imposed several rounds of sanctions since the invasion.',
			'The embargo has pushed traders to reroute shipments through third countries.',
			'Critics say the sanctions have done little to change the course of the war.',
		],
	},
	war: {
		actions: [
			'end the war on just terms',
			'agree a ceasefire along the front line',
			'defend every village in the east',
			'bring the prisoners of war home',
			'stop the shelling of civilian areas',
		],
		things: ['air defence systems', 'artillery shells', 'armoured vehicles', 'mine-clearing equipment'],
		headline: ['war', 'ceasefire talks', 'front line', 'peace plan'],
		background: [
			'Fighting along the front line has intensified in recent weeks.',
			'Heavy shelling was reported overnight in several towns near the border.',
			'Neither side has made significant gains since the offensive began.',
		],
	},
	energy: {
		actions: [
			'secure gas supplies for the winter',
			'build a new pipeline to {other}',
			'cut our dependence on imported oil',
			'invest in solar and wind power',
			'restart the nuclear power plant safely',
		],
		things: ['liquefied natural gas', 'crude oil', 'coal', 'electricity', 'hydrogen', 'uranium'],
		headline: ['energy deal', 'gas pipeline', 'oil output', 'power shortage'],
		background: [
			'Energy prices have risen sharply since the start of the year.',
			'The pipeline has been a source of tension between the two governments.',
			'Power cuts have become common in several provinces.',
		],
	},
	security: {
		actions: [
			'strengthen our alliance with {other}',
			'respond to every threat to our security',
			'share intelligence with our partners',
			'protect our borders from terror attacks',
		],
		things: ['air defences', 'cyber attacks', 'the navy', 'border guards'],
		headline: ['security pact', 'alliance', 'security talks'],
		background: ['The alliance has expanded its presence in the region this year.', 'Security officials have warned of a growing threat of sabotage.'],
	},
	economy: {
		actions: [
			'bring inflation back under control',
			'create jobs for young people',
			'cut the budget deficit',
			'attract foreign investment to {country}',
			'reduce our debt without hurting growth',
		],
		things: ['interest rates', 'the currency', 'public debt', 'wages', 'bank lending'],
		headline: ['economy', 'budget', 'inflation', 'growth forecast'],
		background: [
			'The central bank raised interest rates twice this year.',
			'Economists expect growth to slow in the second half of the year.',
			'The currency has lost a fifth of its value against the dollar.',
		],
	},
	climate: {
		actions: ['cut carbon emissions in half by 2035', 'protect coastal towns from floods', 'phase out coal power', 'help farmers cope with drought'],
		things: ['carbon emissions', 'floods', 'the drought', 'heatwaves'],
		headline: ['climate pledge', 'emissions targets', 'drought'],
		background: ['Floods have displaced thousands of families along the coast this year.', 'The drought has destroyed much of the harvest in the south.'],
	},
	technology: {
		actions: [
			'build our own semiconductor industry',
			'regulate artificial intelligence responsibly',
			'protect our networks from cyber attacks',
			'train a million software engineers',
		],
		things: ['chips', 'artificial intelligence', 'data centres', 'undersea cables'],
		headline: ['chip deal', 'tech race', 'AI rules'],
		background: ['Governments are competing to attract chip makers with subsidies.', 'A cyber attack disrupted government websites last month.'],
	},
	immigration: {
		actions: [
			'reform the asylum system',
			'return migrants who have no right to stay',
			'open legal routes for workers',
			'secure the border without closing it',
		],
		things: ['asylum seekers', 'migrant workers', 'border crossings', 'visas'],
		headline: ['migration deal', 'border crisis', 'asylum reform'],
		background: [
			'The number of migrants crossing the border has doubled since last year.',
			'Aid groups have criticised conditions in the reception centres.',
		],
	},
	health: {
		actions: ['vaccinate every child against measles', 'build new hospitals in rural areas', 'pay nurses a fair wage', 'prepare for the next pandemic'],
		things: ['vaccines', 'hospitals', 'medical supplies', 'patients'],
		headline: ['health reform', 'vaccine drive', 'hospital strike'],
		background: ['Hospitals in the capital have struggled with a shortage of staff.', 'The disease has spread to several neighbouring districts.'],
	},
	military: {
		actions: ['modernise the army', 'buy new missiles from {other}', 'build more drones at home', 'hold joint naval exercises with {other}'],
		things: ['fighter jets', 'warships', 'drones', 'missiles', 'ammunition'],
		headline: ['arms deal', 'military drills', 'defence spending'],
		background: ['The navy held exercises near the disputed islands last week.', 'Military spending has grown for the fifth year in a row.'],
	},
	'human rights': {
		actions: [
			'release the journalists held without trial',
			'protect free speech',
			'investigate the abuse of protesters',
			'end the persecution of the opposition',
		],
		things: ['press freedom', 'political prisoners', 'protesters', 'civil society groups'],
		headline: ['rights crackdown', 'press freedom', 'protest'],
		background: [
			'Rights groups say dozens of activists have been detained since the protests began.',
			'The government denies that it holds any political prisoners.',
		],
	},
};

export const TOPIC_NAMES = Object.keys(TOPICS);

/** Who says it, in a quotation: plural so every vow after it agrees. */
export const QUOTE_SUBJECTS = [
	'We',
	'Our two countries',
	'Both governments',
	'The people of {country}',
	'Our negotiators',
	'Our partners in the region',
	'Ordinary families',
	'All of us',
];
export const QUOTE_MODALS = ['will', 'must', 'cannot afford not to', 'are ready to', 'have agreed to', 'intend to', 'are determined to', 'want to', 'need to'];
export const QUOTE_TAILS = [
	'',
	' before the end of the year',
	', whatever the pressure from {other}',
	', and that is not negotiable',
	' as soon as possible',
	' without any preconditions',
	', step by step',
	' this time',
	' together',
];
export const QUOTE_CODAS = [
	'This is a question of trust.',
	'Anyone who says otherwise is mistaken.',
	'The door to dialogue remains open.',
	'We have been very clear about that.',
	'History will judge us on this.',
	'There is no alternative.',
	'Time is running out.',
	'Nobody should doubt our resolve.',
	'Words are not enough.',
	'We expect the same from our partners.',
];
/** Reported clauses after "said": "{country} was ready to …". */
export const STATEMENT_MODALS = ['was ready to', 'would', 'had agreed to', 'planned to', 'was determined to', 'could not afford to wait to', 'hoped to'];
export const PURPOSES = [
	', as the two sides sought to {action}',
	' to discuss {headline}',
	', their first meeting since the dispute over {thing} began',
	' amid growing tension over {thing}',
	'',
];
