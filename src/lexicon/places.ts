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
Bahamas: Bahamian
Bahrain: Bahraini
Bangladesh: Bangladeshi
Barbados: Barbadian, Bajan
Belarus: Belarusian
Belgium: Belgian
Belize: Belizean
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
Grenada: Grenadian
Guatemala: Guatemalan
Guyana: Guyanese
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
Jamaica: Jamaican
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
Saint Lucia: Saint Lucian
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
Trinidad and Tobago: Trinidadian
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

/**
 * Capitals and large cities, which news text names as places (and by metonymy for governments). After the first block, the
 * entries come from the SimpleMaps World Cities Database (national and US state capitals, cities over 500,000, the main
 * cities of English-speaking and South Asian countries) and the plotly us-cities-top-1k list (US cities over 150,000),
 * in the spellings English news uses; names that are also given names, surnames or English words (Jackson, Lincoln,
 * Charlotte, Reading, Mobile, Nice, Dallas, Leeds) are left out, since a person so named must stay a person.
 */
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
Abbotsford
Abbottabad
Abeokuta
Aberdeen
Abidjan
Acapulco
Adana
Ado-Ekiti
Agadir
Agra
Aguascalientes
Ahmadabad
Ahmadnagar
Ahmedabad
Ahvaz
Ajmer
Akola
Akron
Akure
Albany
Albuquerque
Albury
Aleppo
Aligarh
Allahabad
Almaty
Amarillo
Amravati
Amritsar
Anaheim
Anchorage
Andijon
Andorra la Vella
Annaba
Annapolis
Ansan
Antalya
Antananarivo
Antwerp
Anuradhapura
Apia
Aracaju
Arak
Arequipa
Arlington
Asansol
Ashgabat
Asmara
Astrakhan
Asuncion
Asunción
Atlanta
Auckland
Aurangabad
Awka
Bacolod
Bahawalpur
Bakersfield
Baltimore
Bamako
Banda Aceh
Bandar Lampung
Bandar Seri Begawan
Bandung
Bangui
Banjarmasin
Banjul
Bannu
Barddhaman
Bareilly
Barisal
Barnaul
Barquisimeto
Barranquilla
Basel
Basra
Basseterre
Baton Rouge
Batticaloa
Bauchi
Beira
Bekasi
Belem
Belfast
Belgaum
Bellary
Belmopan
Belo Horizonte
Belém
Bengaluru
Benghazi
Benin City
Benoni
Bethal
Bhagalpur
Bhatpara
Bhavnagar
Bhilai
Bhilwara
Bhisho
Bhiwandi
Bhopal
Bhubaneswar
Bidar
Bien Hoa
Bikaner
Bilaspur
Bilbao
Binjai
Birmingham
Bishkek
Bissau
Biên Hòa
Blackpool
Blantyre
Blida
Bloemfontein
Bogor
Bogotá
Boise
Bonn
Bordeaux
Bouake
Bouaké
Bournemouth
Brahmapur
Brampton
Brasília
Brazzaville
Bremen
Bridgetown
Brighton
Brisbane
Bristol
Brownsville
Bucaramanga
Bucheon
Bujumbura
Bukittinggi
Bulawayo
Bursa
Busan
Butterworth
Bytom
Cagayan de Oro
Calabar
Calgary
Cali
Calicut
Callao
Cambridge
Campinas
Campo Grande
Can Tho
Cancun
Cancún
Canoas
Cape Coral
Cardiff
Carson City
Cartagena
Casablanca
Castries
Catania
Cebu
Cebu City
Chandigarh
Chandrapur
Changchun
Changhua
Changsha
Changwon
Charleston
Chattanooga
Chattogram
Chelyabinsk
Chengdu
Chennai
Cheongju
Chesapeake
Chiayi
Chiclayo
Chihuahua
Chisinau
Chittagong
Chongjin
Chongqing
Chula Vista
Cilacap
Cincinnati
Ciudad Guayana
Ciudad Juarez
Ciudad Juárez
Ciudad Nezahualcoyotl
Ciudad Nezahualcóyotl
Cochabamba
Coimbatore
Cologne
Colorado Springs
Columbia
Comilla
Conakry
Cordoba
Corpus Christi
Cotonou
Coventry
Cranbourne
Cucuta
Cuernavaca
Cuiaba
Cuiabá
Culiacan
Culiacán
Curitiba
Cuttack
Córdoba
Cúcuta
Da Nang
Daegu
Daejeon
Dalian
Damanhur
Dammam
Davangere
Davao
Dehradun
Denpasar
Denver
Des Moines
Detroit
Dhanbad
Dhule
Dili
Diyarbakir
Djibouti
Dnipro
Dongguan
Dortmund
Douala
Dover
Dresden
Duhok
Duisburg
Dundee
Dushanbe
Dusseldorf
Düsseldorf
East London
Edmonton
El Paso
Eldoret
Elk Grove
Enugu
Erbil
Eskisehir
Essen
Exeter
Faisalabad
Faridabad
Fayetteville
Fergana
Fes
Firozabad
Florianopolis
Florianópolis
Fontana
Fort Collins
Fort Lauderdale
Fort Wayne
Fort Worth
Fortaleza
Frankfort
Frankfurt
Freetown
Fremont
Fresno
Fukuoka
Funafuti
Fès
Gaborone
Galway
Garden Grove
Gatineau
Gaziantep
Gdansk
Geelong
Genoa
George Town
Georgetown
Ghaziabad
Gitega
Giza
Glasgow
Glendale
Gliwice
Goiania
Goiânia
Gold Coast
Gorakhpur
Gothenburg
Goyang
Grand Prairie
Grand Rapids
Greensboro
Guadalajara
Guatemala City
Guayaquil
Guiyang
Gujranwala
Gujrat
Gulbarga
Guntur
Guwahati
Gwalior
Gwangju
Göteborg
Hachioji
Haifa
Haikou
Haiphong
Halifax
Hamadan
Hamamatsu
Hamburg
Hamhung
Hangzhou
Hannover
Haora
Harbin
Harrisburg
Hartford
Hechi
Hefei
Hermosillo
Hialeah
Hillah
Hiroshima
Hisar
Hobart
Hodeidah
Hofuf
Hohhot
Homs
Honiara
Honolulu
Hsinchu
Huambo
Hubli
Hungnam
Huntington Beach
Huntsville
Hyderabad
Ibadan
Ikare
Ile-Ife
Ilorin
Incheon
Indianapolis
Indore
Ipoh
Ipswich
Irbid
Irkutsk
Isfahan
Ismailia
Izhevsk
Izmir
Jabalpur
Jaboatao
Jaboatão
Jacksonville
Jaffna
Jaipur
Jalalabad
Jalandhar
Jamalpur
Jammu
Jamshedpur
Jefferson City
Jeonju
Jersey City
Jessore
Jhang
Jhansi
Jinan
Joao Pessoa
Jodhpur
Johor Bahru
Joinville
João Pessoa
Juba
Jundiai
Jundiaí
Juneau
Kaduna
Kagoshima
Kananga
Kandahar
Kandy
Kano
Kanpur
Kansas City
Kaohsiung
Karaj
Karbala
Katowice
Katsina
Kayseri
Kazan
Keelung
Kelowna
Kenitra
Kerman
Kermanshah
Khabarovsk
Khulna
Kikwit
Kilinochchi
Kingstown
Kirkuk
Kisangani
Kisumu
Kitale
Klang
Klerksdorp
Knoxville
Kochi
Kohat
Kolhapur
Kolkata
Kollam
Konya
Kota Bharu
Kota Kinabalu
Kotte
Kozhikode
Krakow
Kraków
Krasnodar
Krasnoyarsk
Kroonstad
Kryvyi Rih
Kuching
Kumamoto
Kumasi
Kunming
Kurnool
Kuwait City
Kyoto
La Paz
La Plata
Lansing
Lanzhou
Laredo
Larkana
Latakia
Latur
Leicester
Leipzig
Lexington
Libreville
Liege
Lille
Lilongwe
Lipetsk
Little Rock
Liverpool
Liège
Lobamba
Lodz
Lome
Lomé
Londrina
Long Beach
Louisville
Lubbock
Lubumbashi
Lucknow
Ludhiana
Luton
Luxembourg
Luxor
Lviv
Lyon
Macau
Maceio
Maceió
Machakos
Madurai
Maiduguri
Majuro
Makassar
Makhachkala
Malabo
Malaga
Malang
Malegaon
Managua
Manama
Manaus
Manchester
Mandalay
Mangalore
Mannheim
Mansoura
Mar del Plata
Maracaibo
Maracay
Mardan
Marrakech
Marrakesh
Marseille
Maseru
Mashhad
Matamoros
Mathura
Matola
Mbabane
Mbuji-Mayi
Mecca
Medan
Medellin
Medellín
Meerut
Meknes
Meknès
Melaka
Memphis
Mexicali
Middelburg
Middlesbrough
Milwaukee
Minneapolis
Minya
Mirpur Khas
Mississauga
Mmabatho
Modesto
Mombasa
Monaco
Monrovia
Monterrey
Montevideo
Montpelier
Montréal
Moradabad
Moratuwa
Morelia
Moreno Valley
Moroni
Moshi
Mosul
Mthatha
Multan
Muscat
Muzaffarnagar
Muzaffarpur
Mykolaiv
Mymensingh
Mysore
Mysuru
Málaga
N'Djamena
Naga City
Nagoya
Nagpur
Naha
Najaf
Nakuru
Namangan
Nampo
Nanchang
Nanded
Nanjing
Nanning
Naples
Narayanganj
Nashik
Nashville
Nasik
Nassau
Natal
Nawabganj
Nay Pyi Taw
Naypyidaw
Nellore
New Orleans
Newark
Newcastle
Newcastle upon Tyne
Newport News
Ngerulmud
Niamey
Nicosia
Niigata
Niteroi
Niterói
Nizamabad
Nizhny Novgorod
Norfolk
North Las Vegas
Norwich
Nottingham
Nouakchott
Novo Hamburgo
Novokuznetsk
Novosibirsk
Nuku'alofa
Nuremberg
Oakland
Oaxaca
Oceanside
Ogbomoso
Oklahoma City
Olinda
Omaha
Omdurman
Omsk
Oran
Oranjestad
Orenburg
Oshawa
Osogbo
Otsu
Ouagadougou
Overland Park
Oxford
Oxnard
Paarl
Pabna
Padang
Pago Pago
Palembang
Palermo
Palikir
Palmdale
Palu
Panama City
Paramaribo
Parbhani
Pasadena
Pasuruan
Patiala
Patna
Pekanbaru
Pembroke Pines
Penza
Peoria
Peshawar
Peterborough
Philadelphia
Philipsburg
Pietermaritzburg
Pingtung
Pittsburgh
Plano
Plymouth
Podgorica
Pointe-Noire
Polokwane
Pomona
Pontianak
Port Elizabeth
Port Harcourt
Port Louis
Port Moresby
Port of Spain
Port Said
Port St. Lucie
Port-au-Prince
Port-Vila
Portland
Porto
Porto Alegre
Porto-Novo
Portsmouth
Potchefstroom
Poznan
Praia
Pristina
Puebla
Puerto La Cruz
Pune
Qom
Quebec City
Queenstown
Queretaro
Querétaro
Quetta
Quetzaltenango
Quezon City
Quy Nhon
Québec
Raipur
Rajahmundry
Rajapalaiyam
Rajkot
Rajshahi
Raleigh
Ranchi
Rancho Cucamonga
Rangoon
Rangpur
Rasht
Ratlam
Raurkela
Rawalpindi
Recife
Reykjavik
Reykjavík
Ribeirao Preto
Ribeirão Prêto
Rio de Janeiro
Rochester
Rockford
Rohtak
Roseau
Rostov-on-Don
Rotterdam
Rouen
Rustenburg
Ryazan
Saarbrucken
Saarbrücken
Sacramento
Saharanpur
Saidpur
Saint George's
Saint John's
Saint Petersburg
Salerno
Salt Lake City
Salta
Saltillo
Samarinda
Samarkand
Sambalpur
Samsun
San Antonio
San Bernardino
San Diego
San Jose
San José
San Lorenzo
San Luis Potosi
San Luis Potosí
San Marino
San Miguel de Tucuman
San Miguel de Tucumán
San Pedro Sula
San Salvador
Sana'a
Sanaa
Sangli
Santa Ana
Santa Clarita
Santa Cruz
Santa Fe
Santa Rosa
Santiago de Cuba
Santo Andre
Santo André
Santo Domingo
Sao Jose dos Campos
Sao Jose dos Pinhais
Sao Luis
Sao Tome
Sapele
Sapporo
Sarajevo
Saratov
Sargodha
Sarnia
Saskatoon
Scottsdale
Semarang
Sendai
Seongnam
Sevilla
Seville
Shahjanpur
Sharjah
Sheffield
Sheikhupura
Shenyang
Shenzhen
Sherbrooke
Shijiazhuang
Shillong
Shimoga
Shizuoka
Shreveport
Sialkot
Sikar
Siliguri
Sioux Falls
Skopje
Sohag
Sokoto
Solapur
Sorocaba
Southampton
Southend-on-Sea
Spokane
Springfield
Sri Jayewardenepura Kotte
Srinagar
St. Louis
St. Paul
Stockton
Stoke-on-Trent
Stuttgart
Sucre
Sudbury
Suez
Sukkur
Sulaymaniyah
Sunderland
Surabaya
Surakarta
Surat
Suva
Suwon
Swansea
Sylhet
São José dos Campos
São José dos Pinhais
São Luís
São Paulo
São Tomé
Tabriz
Tabuk
Tacoma
Taichung
Taif
Tainan
Taiyuan
Taiz
Tallahassee
Tampa
Tampico
Tangail
Tangier
Taoyuan
Tarawa
Tarsus
Tegucigalpa
Tel Aviv-Yafo
Tempe
Teresina
Thessaloniki
Thessaloníki
Thimphu
Thiruvananthapuram
Thohoyandou
Tijuana
Tirana
Tiruchirappalli
Tirunelveli
Tiruppur
Tlaxcala
Toluca
Tolyatti
Tomsk
Topeka
Torreon
Torreón
Toulouse
Townsville
Trabzon
Trenton
Trincomalee
Trois-Rivieres
Trois-Rivières
Tucson
Tucuman
Tulsa
Tumkur
Turin
Tuticorin
Tyumen
Uberlandia
Uberlândia
Udaipur
Ufa
Uitenhage
Ujjain
Ulsan
Ulyanovsk
Urmia
Urumqi
Utrecht
Uyo
Vadodara
Vaduz
Valletta
Valparaiso
Valparaíso
Varanasi
Veracruz
Vereeniging
Vientiane
Vijayawada
Vila Velha
Vina del Mar
Virginia Beach
Visakhapatnam
Viña del Mar
Volgograd
Voronezh
Vryheid
Warangal
Warri
Welkom
Wichita
Wiesbaden
Willemstad
Windhoek
Winnipeg
Winston-Salem
Wollongong
Worcester
Wroclaw
Wuhan
Wuppertal
Xi'an
Xining
Yamoussoukro
Yangon
Yaounde
Yaoundé
Yaroslavl
Yekaterinburg
Yinchuan
Yogyakarta
Yokohama
Yonkers
Zahedan
Zamboanga City
Zaporizhzhia
Zaragoza
Zaria
Zarqa
Zhangzhou
Zhengzhou
Zhongli
Zibo
Zurich
Zürich
Ürümqi
`);

/** States, provinces and territories, named alone as places ("a Minnesota fulfillment center"); not those that are also given names or
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
Puerto Rico
Guam
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
Canal
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
Ft.
Mount
Mt.
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

/**
 * Where people meet that no name and no home gives: "at the latter’s headquarters", "a layover at the Denver airport", "in
 * the Finnish capital".
 */
export const VENUE_NOUNS = wordSet(`
headquarters
airport
hotel
consulate
club
capital
`);
