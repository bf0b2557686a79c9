import { lazyPhrases, lazySet } from './lazy.js';

/**
 * A small gazetteer: countries, US states (and their news abbreviations), regions and major cities.
 * Matched against whole capitalized runs, so "Georgia" is a place but "Georgia Smith" is not.
 */
export const PLACES = lazyPhrases(`
  Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan,
  Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia, Bosnia,
  Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burma, Burundi, Cambodia,
  Cameroon, Canada, Chad, Chile, China, Colombia, Congo, Costa Rica, Croatia, Cuba, Cyprus,
  Czech Republic, Czechia, Denmark, Djibouti, Dominican Republic, Ecuador, Egypt, El Salvador, England,
  Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France, Gabon, Gambia, Georgia, Germany, Ghana,
  Great Britain, Britain, Greece, Grenada, Guatemala, Guinea, Guyana, Haiti, Honduras, Hungary, Iceland,
  India, Indonesia, Iran, Iraq, Ireland, Israel, Italy, Ivory Coast, Jamaica, Japan, Jordan, Kazakhstan,
  Kenya, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein,
  Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali, Malta, Mauritania, Mauritius,
  Mexico, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Namibia, Nepal,
  Netherlands, Holland, New Zealand, Nicaragua, Niger, Nigeria, North Korea, North Macedonia, Macedonia,
  Norway, Oman, Pakistan, Palestine, Panama, Papua New Guinea, Paraguay, Peru, Philippines, Poland,
  Portugal, Qatar, Romania, Russia, Rwanda, Saudi Arabia, Scotland, Senegal, Serbia, Sierra Leone,
  Singapore, Slovakia, Slovenia, Somalia, South Africa, South Korea, Korea, South Sudan, Spain,
  Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria, Taiwan, Tajikistan, Tanzania, Thailand,
  Tibet, Togo, Trinidad and Tobago, Tunisia, Turkey, Turkmenistan, Uganda, Ukraine,
  United Arab Emirates, UAE, United Kingdom, U.K., UK, United States, United States of America,
  U.S., US, USA, U.S.A., America, Uruguay, Uzbekistan, Vatican, Venezuela, Vietnam, Wales, Yemen,
  Zambia, Zimbabwe,
  Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii,
  Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts,
  Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey,
  New Mexico, New York, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania,
  Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington,
  West Virginia, Wisconsin, Wyoming, Puerto Rico, Guam, District of Columbia, Washington D.C., D.C.,
  Ala., Ariz., Ark., Calif., Colo., Conn., Del., Fla., Ga., Ill., Ind., Kan., Ky., La., Md., Mass.,
  Mich., Minn., Miss., Mo., Mont., Neb., Nev., N.H., N.J., N.M., N.Y., N.C., N.D., Okla., Ore., Pa.,
  R.I., S.C., S.D., Tenn., Tex., Va., Vt., Wash., Wis., Wyo., W.Va.,
  Africa, Asia, Europe, Antarctica, Arctic, Oceania, Latin America, South America, North America,
  Central America, Middle East, Near East, Far East, Southeast Asia, South Asia, East Asia,
  Central Asia, Eastern Europe, Western Europe, Balkans, Caribbean, Scandinavia, Siberia, Sahel,
  Gulf, Persian Gulf, Mediterranean, Pacific, Atlantic, Indian Ocean, South China Sea, Black Sea,
  Red Sea, Baltic, Caucasus, Midwest, Middle West, Gaza, Gaza Strip, West Bank, Golan Heights,
  Jerusalem, East Jerusalem, Kashmir, Crimea, Donbas, Donbass, Kurdistan, Darfur, Catalonia,
  Xinjiang, Hong Kong, Macau, Macao, Inner Mongolia, Guangdong, Sichuan, Yunnan, Tibet Autonomous Region,
  Punjab, Bengal, Quebec, Ontario, British Columbia, Alberta, Bavaria, Chechnya, Kurdistan Region,
  Sinai, Idlib, Aleppo, Mosul, Raqqa, Fallujah, Kandahar, Helmand, Rakhine, Mindanao, Okinawa,
  Northern Ireland, Silicon Valley, Wall Street, Capitol Hill, Ground Zero,
  Abu Dhabi, Accra, Addis Ababa, Ahmedabad, Algiers, Amman, Amsterdam, Ankara, Antwerp, Athens,
  Atlanta, Auckland, Austin, Baghdad, Baku, Baltimore, Bamako, Bangalore, Bangkok, Barcelona, Basra,
  Beijing, Beirut, Belfast, Belgrade, Benghazi, Berlin, Bern, Birmingham, Bogota, Bogotá, Bombay,
  Bordeaux, Boston, Brasilia, Brasília, Bratislava, Brisbane, Brooklyn, Brussels, Bucharest, Budapest,
  Buenos Aires, Buffalo, Cairo, Calcutta, Canberra, Cape Town, Caracas, Casablanca, Charlotte,
  Chengdu, Chennai, Chicago, Chongqing, Cincinnati, Cleveland, Cologne, Columbus, Copenhagen, Dakar,
  Dallas, Damascus, Dar es Salaam, Delhi, New Delhi, Denver, Detroit, Dhaka, Doha, Dubai, Dublin,
  Durban, Dusseldorf, Edinburgh, Flint, Frankfurt, Fukushima, Geneva, Genoa, Glasgow, Guangzhou,
  Guatemala City, Hamburg, Hanoi, Harare, Havana, Helsinki, Hiroshima, Ho Chi Minh City, Hong Kong,
  Honolulu, Houston, Indianapolis, Islamabad, Istanbul, Jakarta, Jeddah, Johannesburg, Kabul,
  Kampala, Kansas City, Karachi, Kathmandu, Khartoum, Kiev, Kyiv, Kinshasa, Kolkata, Kuala Lumpur,
  Kunming, Kyoto, Lagos, Lahore, Las Vegas, Lhasa, Lima, Lisbon, Liverpool, London, Los Angeles,
  Luanda, Lyon, Madrid, Managua, Manchester, Manhattan, Manila, Marseille, Mecca, Medina, Melbourne,
  Memphis, Mexico City, Miami, Milan, Milwaukee, Minneapolis, Minsk, Mogadishu, Monterrey, Montreal,
  Moscow, Mumbai, Munich, Nairobi, Nanjing, Naples, Nashville, New Orleans, New York City, Newark,
  Oakland, Odessa, Osaka, Oslo, Ottawa, Palermo, Paris, Perth, Philadelphia, Phnom Penh,
  Phoenix, Pittsburgh, Portland, Prague, Pretoria, Pyongyang, Quito, Rabat, Rangoon, Riga, Rio de Janeiro,
  Riyadh, Rome, Rotterdam, Sacramento, Saint Petersburg, St. Petersburg, Salt Lake City, San Antonio,
  San Diego, San Francisco, San Jose, San Juan, Santiago, Sao Paulo, São Paulo, Sarajevo, Seattle,
  Seoul, Shanghai, Shenzhen, Singapore, Sofia, St. Louis, Stockholm, Sydney, Taipei, Tallinn,
  Tashkent, Tbilisi, Tehran, Tel Aviv, Tianjin, Tijuana, Tokyo, Toronto, Tripoli, Tulsa, Tunis,
  Turin, Ulaanbaatar, Urumqi, Vancouver, Venice, Vienna, Vilnius, Warsaw, Wellington, Wuhan,
  Xian, Xi'an, Yangon, Yerevan, Zagreb, Zurich, Kashgar, Hotan, Aksu, Turpan, Ghulja, Lukqun,
  Shenyang, Harbin, Hangzhou, Xiamen, Lanzhou, Kowloon, Macau, Bronx, Queens, Staten Island,
  Long Island, Hollywood, Berkeley, Cambridge, Oxford, Princeton, Fort Worth, El Paso, Orlando, Tampa,
  Jacksonville, Raleigh, Richmond, Norfolk, Albany, Hartford, Providence, Anchorage, Boise, Omaha,
  Des Moines, Louisville, Lexington, Birmingham, Montgomery, Little Rock, Oklahoma City, Albuquerque,
  Santa Fe, Tucson, Reno, Salem, Spokane, St. Paul, Green Bay, Cedar Rapids, Ferguson,
  Charleston, Savannah, Baton Rouge, Knoxville, Chattanooga, Akron, Toledo, Dayton,
  Newport News, Hempstead, Staunton, Kaneohe Bay
`);

/** Words after which a capitalized name is a place ("the Chelsea neighborhood", "Kern County"). */
export const PLACE_HEADS = lazySet(`
  County Province Prefecture Region District City Town Village Island Islands Valley Mountains
  Mountain River Lake Sea Ocean Bay Gulf Strait Peninsula Desert Coast Canyon Borough Parish Oblast
  Park Square Street Avenue Boulevard Bridge Airport Station Harbor Harbour Beach Heights Hills
`);

/** Words that open a place name before "of" ("Gulf of Mexico", "Republic of Congo"). */
export const PLACE_OPENERS = lazySet(`
  Gulf Bay Isle Island Islands Strait Sea Republic Kingdom Province Region District City State
  Commonwealth Cape Lake Mount Port Sultanate Emirate
`);

/** Lower-case nouns that, right after a name, make it a place ("the Chelsea neighborhood"). */
export const PLACE_NOUNS = lazySet(`
  neighborhood neighbourhood city town village county province region district state suburb
  prefecture municipality township borough capital
`);
