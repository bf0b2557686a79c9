import type { GivenNames } from './givenNames.js';

// Given names of sub-Saharan Africa, by tradition; see firstNames.ts for how they are used and what
// is left out. A name listed under an earlier tradition is not repeated in a later one.

/** Yoruba, Igbo, Hausa, Akan, Edo and Francophone West African (Wolof, Fula, Mandinka). */
const WEST_AFRICAN: GivenNames = {
  male: `
  Abdoulaye Abubakar Adebayo Adewale Akwasi Alassane Aliou Amadou Aminu Babatunde Bakary Bayo Biodun
  Boubacar Chibuike Chidi Chike Chinedu Chukwuemeka Dapo Dayo Deji Djibril Ebuka Emeka Femi Garba Gbenga
  Ibrahima Idrissa Ifeanyi Ikechukwu Jide Kayode Kelechi Kofi Kojo Kunle Kwabena Kwadwo Kwaku Kwame Kwasi
  Kwesi Lamine Lanre Macky Mamadou Modou Muhammadu Niyi Nnaemeka Nnamdi Obinna Okechukwu Olufemi Olumide
  Olusegun Oluwafemi Ousmane Sani Segun Sekou Seun Seydou Souleymane Tayo Tope Tunde Uche Wale Yakubu Yaw
  Yemi
  `,
  female: `
  Abena Abimbola Adaeze Adanna Adaora Adesuwa Adwoa Afua Aissatou Akosua Akua Ama Amaka Aminata Awa Binta
  Bisi Bukola Bunmi Chiamaka Chimamanda Chinwe Chioma Coumba Ebere Efua Esi Fatou Folake Funke Funmilayo
  Hadiza Halima Hauwa Ifeoma Ijeoma Jumoke Kadiatou Kemi Khady Mariama Modupe Ndeye Ngozi Nkechi Nkem
  Nneka Obiageli Omolara Omotola Oumou Rokia Ronke Sade Titilayo Toyin Yaa Yetunde Yewande
  `,
  unisex: `
  Abiodun Adama Ayodele Bola Chigozie Chinonso Damilola Idowu Issa Kehinde Nana Oluwaseun Onyeka Taiwo
  Temitope Tobi Tolulope Uchenna Uzoma
  `,
};

/** Swahili, Kikuyu, Luo, Somali, Amharic, Tigrinya and Oromo. */
const EAST_AFRICAN: GivenNames = {
  male: `
  Abiy Alemayehu Barack Baraka Berhane Dawit Eliud Getachew Girma Haile Hailemariam Isaias Jomo Juma
  Kalonzo Meles Mulugeta Musalia Raila Tesfaye Tewodros Uhuru Yohannes
  `,
  female: `
  Achieng Akinyi Almaz Atieno Birtukan Genet Hirut Ilhan Liya Mekdes Meseret Neema Njeri Nyokabi Rehema
  Samrawit Selam Tigist Tsion Wangari Wanjiku Wanjiru Zawadi
  `,
  unisex: '',
};

/** Zulu, Xhosa, Sotho, Tswana and Shona. */
const SOUTHERN_AFRICAN: GivenNames = {
  male: `
  Bongani Emmerson Jabulani Kgalema Lwazi Mandla Mmusi Sibusiso Sipho Siyabonga Thabo Themba Tshepo
  `,
  female: `
  Buhle Busisiwe Chipo Lerato Lindiwe Naledi Nandi Nkosazana Nokuthula Nomsa Nomvula Palesa Rudo Thandeka
  Thandiwe Tsitsi Zanele Zodwa
  `,
  unisex: `
  Andile Farai Fikile Kagiso Kudzai Mpho Nyasha Tafadzwa Tatenda Tendai Tinashe Zola
  `,
};

export const AFRICAN_NAMES: readonly GivenNames[] = [WEST_AFRICAN, EAST_AFRICAN, SOUTHERN_AFRICAN];
