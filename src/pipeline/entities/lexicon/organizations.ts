import { lazyPhrases, lazySet } from './lazy.js';

/**
 * Organizations the news names often, written as they appear (without a leading "the").
 * A run equal to one of these is an organization whatever its context.
 */
export const KNOWN_ORGANIZATIONS = lazyPhrases(`
  Associated Press, AP, Reuters, Agence France-Presse, AFP, Bloomberg, Bloomberg News, Xinhua,
  Kyodo, Yonhap, Tass, TASS, Interfax, Al Jazeera, BBC, CNN, MSNBC, CNBC, NBC, CBS, ABC, NPR, PBS,
  Fox News, Fox, Politico, POLITICO, Politifact, PolitiFact, Breitbart, Axios, ProPublica, Gannett,
  USA Today, Wall Street Journal, Washington Post, New York Times, Los Angeles Times, Financial Times,
  Daily Beast, HuffPost, Huffington Post, BuzzFeed, BuzzFeed News, Newsweek,
  UPI, Radio Free Asia, RFA, Voice of America, VOA, Radio Free Europe, RFE/RL, Yahoo, Yahoo News,
  Google, Facebook, Twitter, Apple, Microsoft, Amazon, Netflix, Tesla, Uber, Boeing, Airbus, Huawei,
  Alibaba, Tencent, Samsung, Toyota, Walmart, ExxonMobil, Exxon, Chevron, Goldman Sachs,
  JPMorgan, JPMorgan Chase, Morgan Stanley, Citigroup, Wells Fargo, Pfizer, Moderna, Instagram,
  YouTube, TikTok, WhatsApp, Sony, Disney, Nielsen, Gallup, Quinnipiac, Rasmussen, Ipsos,
  United Nations, UN, U.N., European Union, EU, E.U., NATO, WHO, World Health Organization, UNESCO,
  UNICEF, UNHCR, IMF, World Bank, WTO, OPEC, ASEAN, African Union, Arab League, Interpol, G7, G20,
  Red Cross, Red Crescent, Amnesty International, Human Rights Watch, Greenpeace, Oxfam,
  Doctors Without Borders, Reporters Without Borders, Freedom House, Transparency International,
  Food and Drug Administration, Taliban, Hamas, Hezbollah, Hizbollah, al-Qaeda, al-Qaida, Al-Qaeda, Islamic State, ISIS, ISIL,
  Boko Haram, al-Shabab, Al-Shabaab, Kremlin, Pentagon, White House, Congress, Senate, Parliament,
  Bundestag, Knesset, Duma, Politburo, FBI, CIA, NSA, DHS, DOJ, EPA, FDA, CDC, FAA, FCC, SEC, IRS,
  NASA, ICE, ATF, DEA, FEMA, NIH, USDA, NYPD, LAPD, Scotland Yard, Mossad, MI5, MI6, KGB, FSB,
  General Motors, General Electric, General Mills, Major League Baseball, GOP, DNC, RNC, NAACP, ACLU, NRA, AFL-CIO, Supreme Court, Federal Reserve, Fed, Treasury,
  State Department, Justice Department, Secret Service, Capitol Police, Navy, Marine Corps,
  Air Force, National Guard, Coast Guard, Chinese Communist Party, CCP, Communist Party,
  Democratic Party, Republican Party, Labour, Labour Party, Conservative Party, Tories,
  Vatican, Harvard, Yale, Stanford, MIT, Oxford University, Cambridge University, Sinopec,
  Interior Ministry, Foreign Ministry, Defense Ministry, Health Ministry, Finance Ministry
`);

/**
 * Last words that make a capitalized run an organization ("World Uyghur Congress", "Chu Hai
 * College"). Some also open a name joined by "of"/"for" ("University of Michigan").
 */
export const ORG_HEADS = lazySet(`
  Academy Administration Agency Alliance Assembly Association Authority Bank Board Bureau Campaign
  Caucus Center Centre Chamber Church Circuit Club Coalition College Commission Committee Company
  Conference Confederation Congress Consortium Corp Corp. Corporation Council Court Department
  Directorate Division Embassy Federation Force Forces Foundation Front Fund Group Guard
  Holdings Hospital Inc Inc. Initiative Institute Institution Journal LLC Laboratory League Ltd Ltd.
  Media Ministry Mission Movement Network News Observatory Office Organisation Organization 
  Parliament Partners Party Police Post Press Project Radio Regiment 
  School Secretariat Senate Service Services Society Team Television Times Tribunal Tribune Trust
  Union University Watch Herald Gazette Guardian Telegraph Agency Airlines Airways Bancorp Brigade
  Brigades Army Navy Co Co. Cooperative Council Capital Ventures Systems Technologies Pharmaceuticals
  Energy Motors Studios Records Publishing Magazine Channel Broadcasting Collective Caucus
  Legislature Cabinet Corps Command Ministries Report Observer Chronicle Inquirer Courier Examiner
  Register Dispatch Ledger Monitor Bulletin Stadium Arena
  Construction Industries Engineering Logistics Insurance Foods Entertainment Solutions Consulting
  Railway Railways Transit Healthcare Laboratories Labs Enterprises Associates Petroleum
  Mining Chemicals Electric Telecom Investments Realty Properties
  FC SC AFC United Rovers Wanderers Athletic
  Shipping Ports Software Hotels Pictures Airport Library Museum Theatre Theater Orchestra Clinic Pharmacy
  Homes Developments Builders Brewery Bakery Farms Dairies Motors Wines
`);

/** Heads that may open an organization's name before "of"/"for"/"on" ("Ministry of Justice"). */
export const ORG_OPENERS = lazySet(`
  Academy Administration Agency Alliance Association Authority Bank Board Bureau Campaign Center Centre
  Chamber Church Coalition College Commission Committee Conference Confederation Council Court
  Department Embassy Federation Friends Fund Institute League Library Ministry Museum Office Organisation
  Organization Party Republic School Society Union University Army Kingdom Federation Corporation
  Secretary Minister Parliament Assembly Congress Tribunal Order Sons Daughters Veterans Movement
`);

/**
 * Capitalized acronyms that are not organizations (or not on their own): "DNA", "CEO", "GDP".
 * An acronym outside this list still needs evidence before it becomes an organization.
 */
export const NON_ORG_ACRONYMS = lazySet(`
  AI AIDS AK AM BC BCE CD CE CEO CFO COO CTO CO2 COVID DIY DNA DVD ED EDT EST ER ET FAQ FM GDP GMO GMT
  GPS HIV HQ HR ICU ID IED IQ IT IVF LGBT LGBTQ MBA MD MP MPs NGO NGOs OK PC PDF PhD PM PPE PR PS PST
  PTSD QR RNA RPG SARS STEM SUV TB TV UFO URL USB UTC UV VIP VPN WMD XL CT MRI ATM RSVP PIN SIM SMS
  OMG LOL RIP ASAP BTW FYI DIY IPO ETF CPI EV EVs LED LCD API APP
`);
