import type { GivenNames } from './givenNames.js';

// Given names of South, East and Southeast Asia, by tradition; see firstNames.ts for how they are used and what
// is left out. A name listed under an earlier tradition is not repeated in a later one.

/** Indian (Hindi, Marathi, Gujarati, Bengali, Tamil, Telugu, Kannada, Malayalam), Punjabi, Pakistani (Urdu), Bangladeshi, Nepali and Sri Lankan. */
const SOUTH_ASIAN: GivenNames = {
  male: `
  Aamir Abhijit Abhinav Abhishek Adarsh Aditya Aftab Ahsan Ajay Ajit Akash Akhilesh Akhtar Alok Altaf Aman
  Amar Amartya Amit Amitabh Amol Anand Aniket Anil Anirudh Ankit Ankur Anup Anupam Anurag Arif Arindam
  Arjun Arnab Arshad Arun Arvind Asad Ashfaq Ashish Ashok Ashwin Asif Atal Avinash Azhar Babar Balwinder
  Bhupendra Bilawal Chandan Chetan Darshan Debashish Deepak Dev Devendra Dharmendra Dhruv Dilip Dinesh
  Ejaz Fahim Faraz Farhan Fawad Ganesh Gaurav Gautam Ghulam Girish Gopal Govind Gurdeep Hardik Harish
  Harjit Haroon Hemant Ijaz Imran Inzamam Irfan Jagdish Jagmeet Jatin Javed Jawaharlal Jitendra Junaid
  Kailash Kamlesh Kapil Karan Karthik Kashif Khurram Kishore Krishna Kuldeep Kunal Lalit Lokesh Madhav
  Mahendra Mahesh Mahmudul Manish Manmohan Manohar Manoj Mansoor Mashrafe Mayank Misbah Mohan Mohit Mukesh
  Murugan Nadeem Narendra Naresh Nasir Navdeep Naveed Naveen Navin Nawaz Neeraj Nikhil Nilesh Nitin Nitish
  Owais Pankaj Parth Partha Parvez Pervez Piyush Prabhu Pradeep Prakash Pranab Pranav Prashant Prem Puneet
  Rabindranath Raghav Rahim Rahul Raj Rajan Rajeev Rajendra Rajesh Rajiv Rakesh Ramesh Ranjit Ratan Ravi
  Ritesh Rizwan Rohan Rohit Sachin Sahil Sajid Sameer Sandeep Sanjay Sanjeev Sanjiv Santosh Saqib
  Saravanan Sarfaraz Satish Satyendra Saurabh Senthil Shafqat Shahbaz Shahid Shailesh Shakeel Shakib
  Shankar Shashank Shehbaz Shekhar Shoaib Shubham Siddharth Sohail Sourav Srinivas Subhash Sudhakar Sudhir
  Sukhwinder Sumit Sundar Sunil Surendra Suresh Sushil Tahir Tanveer Tanvir Tarun Tushar Uday Umar Umesh
  Usman Vaibhav Varun Venkatesh Vijay Vikas Vikram Vineet Vinod Virat Vishal Vishnu Vivek Waqar Waqas
  Wasim Yash Yasir Yogesh Yogi Yousaf Yuvraj Zafar Zahid Zeeshan Zubair Zulfikar
  `,
  female: `
  Aarti Aditi Aishwarya Akanksha Alka Amna Amrita Ananya Anitha Anjali Ankita Anuradha Anusha Aparna
  Archana Arundhati Asha Ayesha Benazir Bhavna Chitra Deepa Deepika Divya Farhana Gauri Gayatri Geeta
  Geetha Gita Hasina Hina Huma Indira Iqra Ishita Jaya Jayalalithaa Jyoti Kajal Kalpana Kamala Kavita
  Kavitha Kavya Khaleda Kirti Komal Lakshmi Lata Madhuri Mahnoor Malala Malini Mamata Mamta Maneka Manisha
  Manju Maya Meena Meenakshi Meera Megha Mehreen Mehwish Mira Nalini Nandini Nasreen Neelam Neha Nida
  Nirmala Nisha Nusrat Pallavi Pooja Poonam Preeti Priya Priyanka Radha Radhika Rani Rashmi Rekha Revathi
  Ritu Riya Roshni Rukhsana Rupa Saba Sadaf Sadia Saima Sakshi Samina Sangeeta Sangeetha Sanjana Saranya
  Sarita Savitri Seema Shabana Shalini Shanti Sharmila Shazia Shilpa Shobha Shreya Shruti Shweta Simran
  Sita Smriti Sneha Sudha Sujata Sunita Supriya Sushma Swati Tahira Tahmina Tanvi Taslima Trisha Tulsi
  Usha Uzma Vandana Varsha Veena Vidya
  `,
  unisex: `
  Amrit Gagandeep Gurpreet Harpreet Jaspreet Jaswinder Kiran Mandeep Manpreet Navjot Parminder Rupinder
  Shashi Suman
  `,
};

/** Japanese. */
const JAPANESE: GivenNames = {
  male: `
  Akihiro Akira Atsushi Daisuke Fumio Hayato Hideki Hideo Hiroki Hiroshi Hiroyuki Ichiro Isamu Jiro
  Junichi Junichiro Katsuya Kazuki Kazuo Kazuya Keiichi Keisuke Kenichi Kenji Kenta Kentaro Koichi Koji
  Kotaro Kunio Masahiro Masaki Masao Masaru Masashi Masato Masayoshi Minoru Naoki Naoto Nobuo Nobuyuki
  Osamu Ryo Ryota Ryuichi Satoshi Seiji Shigeru Shinichi Shinji Shinzo Shohei Shota Shunichi Susumu
  Tadashi Takashi Takeshi Takuya Taro Tetsuya Tomohiro Toru Toshiaki Toshihiro Toshio Tsuyoshi Yasuhiro
  Yasuo Yoichi Yoshiaki Yoshihide Yoshihiko Yoshiro Yosuke Yuichi Yuji Yukio Yusuke Yuta Yuto
  `,
  female: `
  Aiko Akiko Asami Ayaka Ayako Ayumi Chieko Emiko Eriko Etsuko Fumiko Hanako Haruka Haruna Hiroko Hitomi
  Junko Kanako Kaori Kazuko Keiko Kumiko Kyoko Mariko Masako Mayumi Megumi Michiko Midori Mieko Misaki
  Mitsuko Miyuki Momoko Nanami Naoko Natsuko Noriko Reiko Rika Sachiko Sakura Sanae Saori Satoko Sayaka
  Setsuko Shiori Shizuka Takako Tomoko Yoko Yoshiko Yukari Yuko Yumi Yumiko Yuriko
  `,
  unisex: `
  Hikaru Kaoru Makoto Yuki
  `,
};

/** Korean given names written with a hyphen, as English news spells them. */
const KOREAN: GivenNames = {
  male: `
  Dong-hoon Hyun-woo Jae-won Jae-yong Ji-hoon Min-ho Min-jun Seung-hoon Sung-min Woo-jin
  `,
  female: `
  Eun-ji Hye-jin Ji-yeon Min-ji Seo-yeon Soo-jin Su-bin Yoo-jin
  `,
  unisex: `
  Ji-won Ji-woo
  `,
};

/** Vietnamese, Thai, Indonesian, Malaysian and Filipino. */
const SOUTHEAST_ASIAN: GivenNames = {
  male: `
  Abhisit Agus Anies Anutin Bambang Benigno Bongbong Budi Cuong Duc Eko Ganjar Hadi Hieu Huy Joko Khoa
  Mahathir Manny Muhyiddin Najib Ninoy Noynoy Phuc Prabowo Prawit Prayut Quang Rizal Somchai Somkiat
  Somsak Srettha Suchart Susilo Teguh Thaksin Thang Trung Tuan Vinh Wahyu
  `,
  female: `
  Corazon Dewi Hanh Hoa Huong Imee Imelda Kanokwan Leni Linh Malee Megawati Ngoc Paetongtarn Phuong
  Pornthip Retno Risa Siriporn Supaporn Thao Thuy Trang Yingluck
  `,
  unisex: `
  Anh Khanh Minh Thanh
  `,
};

/** Tibetan and Bhutanese: worn by both men and women. */
const TIBETAN: GivenNames = {
  male: '',
  female: '',
  unisex: `
  Dawa Gendun Jigme Kunchok Lhakpa Lobsang Ngawang Pema Sonam Tashi Tenzin Thupten Tsering Tshering
  `,
};

export const ASIAN_NAMES: readonly GivenNames[] = [SOUTH_ASIAN, JAPANESE, KOREAN, SOUTHEAST_ASIAN, TIBETAN];
