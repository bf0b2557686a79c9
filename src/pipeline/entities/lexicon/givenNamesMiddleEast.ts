import type { GivenNames } from './givenNames.js';

// Given names of the Arab world, Iran, Afghanistan, Turkey, Israel and Central Asia, by tradition; see firstNames.ts for how they are used and what
// is left out. A name listed under an earlier tradition is not repeated in a later one.

/** Arabic, in the usual English spellings (several for many names). */
const ARABIC: GivenNames = {
  male: `
  Abbas Abdallah Abdel Abdelaziz Abdelhamid Abdelkader Abdelkrim Abdelmajid Abdelrahman Abdul Abdulaziz
  Abdulla Abdullah Abdulrahman Adel Adnan Ahmad Ahmed Akram Alaa Ali Amin Ammar Amr Anas Anwar Ashraf Atef
  Ayad Ayman Aziz Azzam Bader Badr Basel Bashar Bashir Bassam Bassel Bilal Emad Essam Fadi Fahad Fahd
  Faisal Farid Farouk Fathi Fawaz Fawzi Fayez Fouad Gamal Ghassan Ghazi Habib Hafez Haider Haitham Hakim
  Hamad Hamdan Hamdi Hamed Hamid Hamza Hani Harith Hassan Hatem Hazem Hesham Hisham Hosni Hossam Hussain
  Hussam Hussein Ibrahim Ihab Ilyas Imad Ismail Issam Iyad Jaber Jafar Jalal Jamil Jassim Jawad Jibril
  Kadhim Kamal Kareem Karim Kassem Khaled Khalid Laith Louay Maged Maher Mahmoud Majed Majid Mamdouh
  Mansour Marwan Mazen Medhat Moammar Moataz Mohamad Mohamed Mohammad Mohammed Mohannad Moqtada Mostafa
  Mounir Mourad Moussa Muammar Muhammad Muqtada Murad Mustafa Nabeel Nabil Nader Naguib Naim Naji Nasser
  Nawaf Nidal Nizar Nouri Omar Omran Osama Othman Oussama Qasim Qassem Qusay Rachid Radwan Raed Rafat
  Rafik Rafiq Rami Ramzi Rasheed Rashid Reda Riad Ridha Riyad Saad Sabri Saddam Sadiq Saeed Safwan Saif
  Salah Saleh Salim Salman Sameh Sami Samir Sayed Sharif Sherif Sofiane Suhail Sulaiman Suleiman Sultan
  Taha Talal Tamer Tamim Tarek Tariq Tawfik Tawfiq Usama Wael Waleed Walid Wassim Yacine Yahya Yasser
  Yassin Yassine Yazan Younes Younis Yousef Youssef Yunus Yusuf Zakaria Zaki Zayed Ziad Ziyad Zuhair
  `,
  female: `
  Abeer Afaf Aicha Aisha Alia Amal Amel Amina Amira Asma Asmaa Aya Basma Bushra Dalal Dalia Dounia Duaa
  Eman Fadwa Farida Faten Fatima Fayza Ghada Habiba Hadeel Hajar Hala Hanaa Hanan Hanane Hayat Heba Hend
  Hiba Hind Houda Huda Ikram Jamila Jihane Kawthar Khadija Laila Lamia Latifa Lina Loubna Loujain Lubna
  Maha Malak Manal Mariam Maysa Meriem Myriam Nabila Nada Nadia Naima Najla Nawal Nesrine Nisreen Noor
  Nour Noura Rabab Randa Rania Rasha Rawan Razan Reem Rima Ruba Rula Safaa Sahar Saida Salma Salwa Samah
  Samar Samia Samira Sana Sanaa Sawsan Shaimaa Siham Souad Soumaya Suad Suha Sumaya Tahani Tawakkol Wafa
  Widad Yara Yasmine Yousra Yusra Zainab Zaynab Zeina Zeinab Zineb Zohra
  `,
  unisex: `
  Amani Dima Nur
  `,
};

/** Persian (Iranian), Afghan and Kurdish. */
const PERSIAN_AFGHAN: GivenNames = {
  male: `
  Abolfazl Afshin Akbar Alireza Amir Amirhossein Amrullah Arash Ardeshir Babak Bahman Behnam Behrouz Bijan
  Dariush Ebrahim Ehsan Esfandiar Esmail Farhad Farshid Fereydoun Gholamreza Haibatullah Hamidreza Hashem
  Hojjat Hooman Hossein Iraj Jamshid Javad Kamran Kaveh Kazem Keyvan Kian Kourosh Mahdi Mahmood Manouchehr
  Masoud Massoud Mehdi Mehran Milad Mirwais Mohammadreza Mohsen Mojtaba Morteza Naqibullah Nasrullah Omid
  Parviz Payam Pedram Peyman Pouya Qasem Rahmatullah Ramin Reza Ruhollah Sajjad Shahram Siamak Sirajuddin
  Sohrab Vahid Zabihullah Zalmay
  `,
  female: `
  Afsaneh Azadeh Azar Bahar Elham Fariba Farnaz Fatemeh Fawzia Forough Ghazal Golnaz Golshifteh Haleh Homa
  Ladan Laleh Leila Mahnaz Mahsa Malalai Marjan Maryam Masih Mina Mitra Mojgan Nahid Narges Nasrin Nazanin
  Neda Negar Niloufar Parisa Parvaneh Pegah Roya Sanaz Sepideh Setareh Shabnam Shahla Shirin Shukria Sima
  Soheila Soraya Taraneh Yasaman Zahra
  `,
  unisex: `
  Shadi Shahin
  `,
};

/** Turkish, with and without Turkish letters. */
const TURKISH: GivenNames = {
  male: `
  Ahmet Bulent Bülent Burak Cem Emre Erdem Ertugrul Ertuğrul Hasan Huseyin Hüseyin İbrahim Kemal Levent
  Mehmet Murat Omer Ömer Orhan Recep Selim Serkan Tayyip Tolga Volkan Yiğit
  `,
  female: `
  Aylin Ayse Ayşe Busra Büşra Ebru Ece Elif Emine Esra Fatma Hatice Merve Ozlem Özlem Selin Sibel Zeynep
  `,
  unisex: `
  Deniz
  `,
};

/** Hebrew (Israeli) names. */
const HEBREW: GivenNames = {
  male: `
  Ari Avi Avigdor Avraham Bezalel Dov Ehud Eitan Elon Gadi Gilad Itai Itamar Itzik Meir Menachem Moshe
  Naftali Nir Noam Oren Shimon Shlomo Uri Yaakov Yair Yehuda Yitzhak Yoav Yonatan Yosef Zvi
  `,
  female: `
  Ayelet Efrat Einat Galit Golda Hadas Keren Liat Limor Merav Miri Noa Orit Orly Osnat Rivka Sarit Shira
  Sigal Tali Tamar Tzipi Yael Yehudit
  `,
  unisex: `
  Ariel Shai Tal
  `,
};

/** Central Asian and North Caucasian. */
const CENTRAL_ASIAN: GivenNames = {
  male: `
  Akhmad Askar Bakhtiyor Dilshod Emomali Farrukh Kassym-Jomart Khabib Magomed Nurlan Nursultan Ramzan
  Rasul Rustam Sardor Shamil Shavkat Yerlan Zaur
  `,
  female: `
  Aigerim Aliya Dinara Gulnara Madina Nodira Saule Sevara Zarina
  `,
  unisex: '',
};

export const MIDDLE_EASTERN_NAMES: readonly GivenNames[] = [ARABIC, PERSIAN_AFGHAN, TURKISH, HEBREW, CENTRAL_ASIAN];
