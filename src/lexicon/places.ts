import { table, wordSet } from './words.js';

// Countries, their people, cities and the words that make a capitalised run a place.

/** Each country with its demonyms, one a line: the adjective also names the country ("Chinese leader" ~ "China's leader"). */
const COUNTRY_TABLE = `
Afghanistan: Afghan
Albania: Albanian
Algeria: Algerian
Angola: Angolan
Argentina: Argentine, Argentinian
Armenia: Armenian
Australia: Australian
Austria: Austrian
Azerbaijan: Azerbaijani
Bahrain: Bahraini
Bangladesh: Bangladeshi
Belarus: Belarusian
Belgium: Belgian
Bolivia: Bolivian
Bosnia: Bosnian
Brazil: Brazilian
Britain: British
Bulgaria: Bulgarian
Cambodia: Cambodian
Cameroon: Cameroonian
Canada: Canadian
Chile: Chilean
China: Chinese
Colombia: Colombian
Congo: Congolese
Croatia: Croatian
Cuba: Cuban
Cyprus: Cypriot
Czech Republic: Czech
Denmark: Danish
Ecuador: Ecuadorian
Egypt: Egyptian
Eritrea: Eritrean
Estonia: Estonian
Ethiopia: Ethiopian
Finland: Finnish
France: French
Georgia: Georgian
Germany: German
Ghana: Ghanaian
Greece: Greek
Guatemala: Guatemalan
Haiti: Haitian
Hungary: Hungarian
Iceland: Icelandic
India: Indian
Indonesia: Indonesian
Iran: Iranian
Iraq: Iraqi
Ireland: Irish
Israel: Israeli
Italy: Italian
Japan: Japanese
Jordan: Jordanian
Kazakhstan: Kazakh
Kenya: Kenyan
Kosovo: Kosovar
Kuwait: Kuwaiti
Kyrgyzstan: Kyrgyz
Laos: Lao, Laotian
Latvia: Latvian
Lebanon: Lebanese
Libya: Libyan
Lithuania: Lithuanian
Malaysia: Malaysian
Mali: Malian
Mexico: Mexican
Moldova: Moldovan
Mongolia: Mongolian
Morocco: Moroccan
Mozambique: Mozambican
Myanmar: Burmese
Nepal: Nepali, Nepalese
Netherlands: Dutch
New Zealand: New Zealander
Nicaragua: Nicaraguan
Niger: Nigerien
Nigeria: Nigerian
North Korea: North Korean
South Korea: South Korean, Korean
Norway: Norwegian
Oman: Omani
Pakistan: Pakistani
Palestine: Palestinian
Panama: Panamanian
Peru: Peruvian
Philippines: Filipino, Philippine
Poland: Polish
Portugal: Portuguese
Qatar: Qatari
Romania: Romanian
Russia: Russian
Rwanda: Rwandan
Saudi Arabia: Saudi
Senegal: Senegalese
Serbia: Serbian
Singapore: Singaporean
Slovakia: Slovak
Slovenia: Slovenian
Somalia: Somali
South Africa: South African
South Sudan: South Sudanese
Spain: Spanish
Sri Lanka: Sri Lankan
Sudan: Sudanese
Sweden: Swedish
Switzerland: Swiss
Syria: Syrian
Taiwan: Taiwanese
Tajikistan: Tajik
Tanzania: Tanzanian
Thailand: Thai
Tunisia: Tunisian
Turkey: Turkish
Turkmenistan: Turkmen
Uganda: Ugandan
Ukraine: Ukrainian
United Arab Emirates: Emirati
United Kingdom: British
United States: American
Uruguay: Uruguayan
Uzbekistan: Uzbek
Venezuela: Venezuelan
Vietnam: Vietnamese
Yemen: Yemeni
Zambia: Zambian
Zimbabwe: Zimbabwean
`;

/** Other names of a country, one a line, with its canonical name. */
const COUNTRY_ALIASES = `
u.s.: United States
us: United States
usa: United States
u.s.a.: United States
america: United States
uk: United Kingdom
u.k.: United Kingdom
great britain: United Kingdom
britain: United Kingdom
uae: United Arab Emirates
czechia: Czech Republic
burma: Myanmar
the netherlands: Netherlands
holland: Netherlands
the philippines: Philippines
dprk: North Korea
prc: China
turkiye: Turkey
türkiye: Turkey
`;

/** Name (lower case) → country, canonical name first, then the aliases. */
export const COUNTRIES = new Map<string, string>();
/** Demonym (lower case) → country. */
export const DEMONYMS = new Map<string, string>();
const canonical = (country: string) => (country === 'Britain' ? 'United Kingdom' : country);
for (const [country, demonyms] of table(COUNTRY_TABLE)) {
	COUNTRIES.set(country.toLowerCase(), canonical(country));
	for (const d of demonyms.split(',')) if (!DEMONYMS.has(d.trim().toLowerCase())) DEMONYMS.set(d.trim().toLowerCase(), canonical(country));
}
for (const [alias, country] of table(COUNTRY_ALIASES)) COUNTRIES.set(alias.toLowerCase(), country);

/** Capitals and large cities, which news text names as places (and by metonymy for governments). */
export const CITIES = wordSet(`
Abu Dhabi
Capitol Hill
Abuja
Accra
Addis Ababa
Algiers
Amman
Amsterdam
Ankara
Astana
Athens
Baghdad
Baku
Bangkok
Barcelona
Beijing
Beirut
Belgrade
Berlin
Bern
Bogota
Boston
Brasilia
Bratislava
Brussels
Bucharest
Budapest
Buenos Aires
Cairo
Canberra
Cape Town
Caracas
Chicago
Colombo
Copenhagen
Dakar
Damascus
Davos
Delhi
Dhaka
Doha
Dubai
Dublin
Durban
Edinburgh
Geneva
Guangzhou
Hanoi
Havana
Helsinki
Ho Chi Minh City
Hong Kong
Houston
Islamabad
Istanbul
Jakarta
Jeddah
Jerusalem
Johannesburg
Kabul
Kampala
Karachi
Kathmandu
Khartoum
Kiev
Kigali
Kinshasa
Kuala Lumpur
Kyiv
Lagos
Lahore
Lima
Lisbon
Ljubljana
London
Las Vegas
Los Angeles
Luanda
Madrid
Manila
Melbourne
Mexico City
Miami
Milan
Minsk
Mogadishu
Montreal
Moscow
Mumbai
Munich
Nairobi
New Delhi
New York
Nur-Sultan
Osaka
Oslo
Ottawa
Paris
Perth
Phnom Penh
Prague
Pretoria
Pyongyang
Quito
Rabat
Riga
Riyadh
Rome
San Francisco
Santiago
Sao Paulo
Seoul
Shanghai
Singapore
Sofia
St Petersburg
St. Petersburg
Stockholm
Sydney
Taipei
Tallinn
Tashkent
Tbilisi
Tehran
Tel Aviv
The Hague
Tianjin
Tokyo
Toronto
Tripoli
Tunis
Ulaanbaatar
Vancouver
Vienna
Vilnius
Vladivostok
Warsaw
Washington
Wellington
Yerevan
Zagreb
Harare
Lusaka
Maputo
Dodoma
Dar es Salaam
Gaza
Kharkiv
Odesa
Odessa
Kursk
Donetsk
Crimea
Sochi
`);

/** States and provinces, named alone as places ("a Minnesota fulfillment center"); not those that are also given names or
 * people's names (Virginia, Georgia, Montana, Washington, Indiana), which the lists of cities and countries decide. */
export const STATES = wordSet(`
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Nebraska
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
West Virginia
Wisconsin
Wyoming
Ontario
Quebec
British Columbia
Alberta
Manitoba
Saskatchewan
Nova Scotia
New South Wales
Queensland
Tasmania
`);

/** States as news style abbreviates them after a city ("Windham, N.H.", "Sterling, Va."). */
export const STATE_ABBREVIATIONS = wordSet(`
Ala.
Ariz.
Ark.
Calif.
Colo.
Conn.
Del.
Fla.
Ga.
Ill.
Ind.
Kan.
Ky.
La.
Md.
Mass.
Mich.
Minn.
Miss.
Mo.
Mont.
Neb.
Nev.
N.H.
N.J.
N.M.
N.Y.
N.C.
N.D.
Okla.
Ore.
Pa.
R.I.
S.C.
S.D.
Tenn.
Vt.
Va.
Wash.
W.Va.
Wis.
Wyo.
D.C.
`);

/** Words that make a capitalised run a place. */
export const PLACE_WORDS = wordSet(`
Lodge
Boulevard
Drive
Lane
Parkway
Highway
Cabin
Cabins
Lounge
Pass
Mountain
Field
Statehouse
Gardens
Embankment
Outpost
Resort
Arena
Theatre
Theater
Mall
Station
Beach
Falls
Canyon
Forest
Trail
Sea
Ocean
River
Square
Street
Island
Islands
Province
Region
District
County
Valley
Gulf
Strait
Bay
City
Mountains
Peninsula
Lake
Hall
Palace
Airport
Base
Avenue
Road
Park
Stadium
Hotel
Casino
Museum
Hospital
Centre
Center
Building
Tower
Bridge
Harbour
Harbor
Coast
Desert
Plaza
Village
Town
Capitol
Kremlin
House
`);

/** Words that name a region or a people of one, never a place by themselves ("Asian", "Balkans"). */
export const REGION_WORDS = wordSet(`
asian
african
european
arab
latin
nordic
baltic
asia
africa
europe
america
americas
pacific
atlantic
arctic
antarctica
balkans
caribbean
caucasus
sahel
middle
asia-pacific
eurasia
oceania
scandinavia
gulf
`);

/** Compass directions and their adjectives, written without a hyphen ("north-east" is "northeast"). */
export const DIRECTIONS = wordSet(`
north
south
east
west
northern
southern
eastern
western
central
northeast
northwest
southeast
southwest
northeastern
northwestern
southeastern
southwestern
upper
lower
`);

/** Words that open the name of a place ("San Antonio", "Santa Clara", "Fort Worth", "St. Louis"), never a person's. */
export const PLACE_OPENERS = wordSet(`
San
Santa
Santo
São
Saint
St.
Sainte
Fort
Port
`);

/** Where someone lives or receives guests: a trip to "Trump's Mar-a-Lago retreat" or "Putin's residence" is to its owner. */
export const RESIDENCE_NOUNS = wordSet(`
home
house
residence
estate
ranch
retreat
resort
palace
mansion
villa
dacha
compound
farm
office
offices
`);
