import type { GivenNames } from './givenNames.js';

// Given names of English-speaking countries, by tradition; see firstNames.ts for how they are used and what
// is left out. A name listed under an earlier tradition is not repeated in a later one.

/** English-speaking countries (US, UK, Canada, Australia, New Zealand), across generations. */
const ENGLISH: GivenNames = {
  male: `
  Aaron Abe Abel Abner Abraham Abram Adam Adrian Aidan Aiden Alan Alastair Albert Alden Alec Alexander
  Alfie Alfred Alistair Allan Allen Alonzo Alton Alvin Ambrose Amos Andre Andrew Andy Angus Anthony Anton
  Archibald Archie Arlo Arnie Arnold Arthur Asa Asher Atticus Augustus Austin Barney Barrett Barry Bart
  Basil Beau Ben Benedict Benjamin Bennie Benny Bernard Bernie Bert Bertie Bertram Bill Billy Blaine Bob
  Bobby Boyd Brad Braden Bradford Bradley Brady Branden Brandon Braxton Brayden Brendan Brenden Brendon
  Brent Bret Brett Brian Brice Brock Broderick Brody Bruce Bryan Bryant Bryce Bryson Burt Burton Byron
  Caden Caleb Callum Calvin Carl Carlton Carson Cary Cecil Cedric Chad Chadwick Charles Christopher Chuck
  Clarence Clarke Claude Clayton Clement Clifford Clifton Clint Clyde Cody Colby Cole Coleman Colin Collin
  Colton Conner Connor Conor Conrad Corey Cory Craig Curt Curtis Cyril Cyrus Dale Dalton Damian Damien
  Damon Dan Daniel Danny Darrell Darren Darrin Darryl Daryl Dave Davey David Dawson Dean Dennis Denny
  Derek Derrick Desmond Devin Dewey Dewitt Dexter Dick Dirk Dominic Dominick Don Donald Donnie Donovan
  Doug Douglas Doyle Duane Dudley Duncan Dustin Dwight Dylan Earl Easton Ed Eddie Edgar Edmund Edward
  Edwin Eldon Eldridge Eli Elias Elijah Elliot Elliott Ellis Elmer Elton Elvis Elwood Emmett Emmitt Emory
  Eric Ernest Ernie Errol Ervin Erwin Ethan Eugene Evan Everett Ezekiel Ezra Fabian Felix Ferdinand Fergus
  Finley Finn Fletcher Floyd Forrest Francis Frank Frankie Franklin Fred Freddy Frederick Fredrick Gabe
  Gabriel Garrett Garry Garth Gary Gavin Gene Geoff Geoffrey George Gerald Gerard Gerry Gideon Gil Gilbert
  Giles Glen Glenn Gordie Gordon Grady Graeme Graham Grayson Greg Gregg Gregory Greyson Griffin Gus Hal
  Hamish Hank Harlan Harold Harrison Harry Harvey Henry Herbert Herman Hollis Homer Horace Howard Howie
  Hubert Hugh Humphrey Ian Ike Ira Irving Irwin Isaac Isaiah Isidore Ivor Jace Jack Jacob Jake James
  Jameson Jared Jarrod Jason Jasper Jaxon Jay Jeb Jed Jeff Jeffery Jeffrey Jeremiah Jeremy Jerome Jerry
  Jesse Jethro Jim Jimmie Jimmy Joe Joel Joey John Johnnie Johnny Jon Jonah Jonathan Jonathon Joseph Josh
  Joshua Josiah Jude Julian Julius Justin Kane Kayden Keith Ken Kenneth Kenny Kermit Kevin Kieran Kirby
  Kirk Kristopher Kurt Kyle Lachlan Lance Landon Larry Lawrence Lee Leland Lenny Leo Leon Leonard Leroy
  Lester Levi Liam Lindsey Lionel Lloyd Logan Lonnie Lorne Lou Louie Louis Lowell Lucas Luke Luther Lyle
  Lyman Lyndon Mack Malcolm Marc Marcus Mark Marlon Martin Marty Marvin Mason Mathew Matt Matthew Maurice
  Max Maxwell Maynard Mel Melvin Merle Merrick Micah Michael Micheal Mick Mickey Mike Miles Milo Milton
  Mitch Mitchell Mitt Monty Morton Moses Murray Myron Nat Nate Nathan Nathaniel Neal Ned Neil Nelson
  Neville Newt Nicholas Nick Nicky Nigel Noah Noel Nolan Norm Norman Norris Oliver Ollie Orson Orville
  Oscar Oswald Otis Owen Ozzie Patrick Paul Percy Perry Pete Peter Phil Philip Phillip Pierce Quentin
  Ralph Ramsey Rand Randal Randall Randolph Randy Ray Raymond Reed Reggie Reginald Reid Reuben Rex Rhett
  Rhys Rich Richard Rick Ricky Rob Robbie Robert Rod Roderick Rodger Rodney Roger Roland Ron Ronald Ronnie
  Rory Ross Roy Royce Rudolph Rudy Rufus Rupert Russ Russell Rusty Ryan Ryder Ryker Sammy Samson Samuel
  Saul Schuyler Scott Sean Sebastian Seth Seymour Shane Shaun Shawn Sheldon Sherman Sherwood Sid Sidney
  Silas Simon Solomon Sonny Spencer Stan Stanley Stephen Steve Steven Stevie Stewart Stu Stuart Sylvester
  Ted Teddy Terence Terrance Terrence Terry Thad Thaddeus Theo Theodore Thomas Thurston Tim Timmy Timothy
  Tobias Toby Tod Todd Tom Tommie Tommy Tony Travis Trent Trevor Trey Tristan Troy Truman Tucker Ty Tyler
  Tyson Ulysses Val Vance Vaughn Vern Vernon Vic Victor Vince Vincent Virgil Wade Wallace Wally Walt
  Walter Warren Waylon Wayne Wendell Wes Wesley Weston Wilbert Wilbur Wiley Wilfred Willard William Willie
  Willis Wilmer Winston Woodrow Woody Wyatt Zach Zachariah Zachary Zack Zander Zane Zeke
  `,
  female: `
  Abbie Abby Abigail Ada Addison Adele Adeline Adrianne Adrienne Agatha Agnes Aileen Aimee Alana Alanna
  Alexa Alexandra Alexandria Alexia Alice Alicia Alisha Alison Allie Allison Alma Alyson Alyssa Amanda
  Amber Amelia Amie Amy Anastasia Angela Angelica Angelina Angie Anita Ann Anna Annabel Annabelle Anne
  Annette Annie Annmarie Antoinette Aria Ariana Arianna Arielle Arlene Ashlee Ashleigh Ashlyn Audra Audrey
  Ava Barbara Barbra Beatrice Becky Belinda Bella Bernadette Bernice Beryl Bess Bessie Beth Bethany Betsy
  Bette Betty Beverley Beverly Bianca Blanche Bonnie Brandi Bree Brenda Brianna Brianne Bridget Bridgette
  Brigid Britney Brittany Brittney Brooke Brynn Caitlin Caitlyn Callie Candace Candice Cara Carissa Carla
  Carly Carmen Carol Carole Caroline Carolyn Carrie Caryn Cassandra Cassidy Cassie Catherine Cathy Cecelia
  Cecilia Celeste Celia Chandra Charlene Charlotte Charmaine Chelsea Cheri Cherie Cheryl Chloe Chrissy
  Christa Christie Christina Christine Christy Cindy Claire Clara Clare Clarissa Claudia Cleo Colleen
  Connie Constance Cora Corinne Corrine Crystal Cynthia Daisy Dani Danica Danielle Daphne Darlene Dayna
  Deana Deanna Debbie Deborah Debra Dee Deirdre Delaney Delia Delores Denise Diana Diane Dianne Dina Dolly
  Dolores Donna Dora Doreen Doris Dorothea Dorothy Dottie Edie Edith Edna Eileen Elaine Eleanor Elena
  Eliza Elizabeth Ella Ellen Ellie Eloise Elsie Emily Emma Erica Erika Erin Esther Ethel Eugenia Eunice
  Eva Evangeline Evelyn Everly Evie Fay Faye Felicity Fiona Flora Florence Frances Francine Freda
  Gabrielle Gail Gayle Gemma Gennifer Georgette Georgina Geraldine Gertrude Gillian Gina Ginny Gladys
  Glenda Gloria Grace Greta Gretchen Gwen Gwendolyn Hailey Haley Hallie Hannah Harper Harriet Hattie
  Hayley Hazel Heather Heidi Helen Helena Henrietta Hilary Hillary Holly Ida Ilene Imogen Irene Iris Irma
  Isabel Isabella Isabelle Isla Jacinda Jaclyn Jacqueline Jacquelyn Jane Janet Janice Janie Janine Janis
  Jasmine Jayne Jeanette Jeanine Jeanne Jeannette Jeannie Jemima Jenna Jennie Jennifer Jenny Jessica
  Jessie Jill Jillian Jo Joan Joann Joanna Joanne Jocelyn Jodi Jodie Jody Jolene Joni Josephine Josie Joy
  Joyce Juanita Judith Judy Julia Julianne Julie Juliet Juliette June Justine Kaitlyn Kara Karen Karla
  Karyn Kasey Kate Katelyn Katharine Katherine Kathie Kathleen Kathryn Kathy Katie Katrina Katy Kay Kayla
  Kaylee Kellyanne Kelsey Kendra Keri Kerri Kerry Kimberley Kimberly Kinsley Kirsten Kirsty Krista Kristen
  Kristi Kristin Kristina Kristine Kristy Krystal Kyla Kylie Lacey Lana Lara Laura Laurel Lauren Laurie
  Laverne Layla Leah Leann Leanna Leanne Leilani Lena Lenora Leona Lila Lillian Lilly Lily Linda Lindsay
  Lindy Lisa Liz Liza Lois Lola Loretta Lori Lorie Lorna Lorraine Lorrie Lottie Louisa Louise Lucille
  Lucinda Lucy Luella Luna Lydia Lynda Lynette Lynn Lynne Mabel Mackenzie Madeleine Madeline Madelyn Mae
  Maggie Makayla Mallory Mamie Mandy Marcella Marcia Margaret Margery Margie Margo Margot Marguerite Maria
  Marian Marianne Marie Marilyn Marion Marissa Marjorie Marla Marlene Marsha Martha Mary Maryann Maryanne
  Marylou Matilda Maude Maura Maureen Mavis Maxine McKenzie Mckenzie Meg Megan Meghan Megyn Melanie
  Melinda Melissa Meredith Meryl Mia Michaela Michelle Mila Mildred Millie Mimi Mindy Minnie Miranda
  Miriam Missy Mollie Molly Mona Monica Muriel Myra Myrtle Nadine Nan Nancy Nanette Naomi Natalie Natasha
  Nell Nellie Nettie Nevaeh Nichole Nicola Nicole Nikki Nina Noelle Nora Norah Noreen Norma Octavia Olive
  Olivia Oprah Paige Pam Pamela Patsy Patti Patty Paula Paulette Pauline Peggy Penelope Phoebe Phyllis
  Polly Priscilla Rachael Rachel Reba Rebecca Rebekah Regina Rena Renee Rhoda Rhonda Rita Roberta Robyn
  Rochelle Rosa Rosalie Rosalind Rose Roseann Rosemary Rosie Rowena Roxanne Roxie Ruth Sabina Sabrina
  Sadie Sally Samantha Sandra Sara Sarah Scarlett Selena Selina Shana Shanna Shari Sharon Shauna Shawna
  Sheila Shelby Shelley Shelly Sheri Sherri Sherrie Sherry Sheryl Shirley Sienna Silvia Simone Sondra
  Sonia Sonya Sophia Sophie Stacey Stacy Stella Stephanie Sue Susan Susanna Susanne Susie Suzanne Suzette
  Suzy Sybil Sylvia Tabitha Tamara Tami Tammy Tania Tanya Tara Tatum Teresa Teri Terri Tess Tessa Thelma
  Theresa Tiffany Tina Toni Tonya Tori Tracey Tracy Tricia Trish Trudy Ursula Valerie Vanessa Velma Vera
  Verna Veronica Vicki Vickie Vicky Victoria Viola Violet Vivian Vivienne Vonda Wanda Wendy Whitney Willa
  Wilma Winifred Winnie Yolanda Yvette Yvonne Zara Zelda Zoe Zoey
  `,
  unisex: `
  Alex Alexis Ashley Ashton Aubrey Avery Billie Blair Blake Bobbie Cameron Camille Casey Charlie Chris
  Courtney Dana Drew Emery Hayden Jackie Jaden Jamie Jayden Jean Jess Jordan Kelly Kendall Kim Kris Leigh
  Leslie Morgan Pat Payton Peyton Quinn Reese Riley Robin Rowan Sam Shannon Skylar Taylor
  `,
};

/** Irish, Scottish and Welsh. */
const CELTIC: GivenNames = {
  male: `
  Alasdair Aled Alun Bryn Calum Carwyn Cathal Cian Ciaran Ciarán Colm Conall Cormac Dafydd Dai Darragh
  Dermot Diarmuid Donal Dónal Eamon Éamon Eamonn Éamonn Elis Emlyn Enda Eoghan Eoin Euan Ewan Feargal
  Fergal Fintan Fraser Gareth Geraint Gethin Glyn Gregor Gwyn Huw Iain Idris Ieuan Iwan Llewellyn Llywelyn
  Meirion Micheál Murdo Niall Oisin Oisín Owain Paddy Padraig Pádraig Rhodri Ronan Ruairi Ruairí Seamus
  Séamus Seán Tadhg
  `,
  female: `
  Ailsa Aisling Angharad Aoibhinn Aoife Bethan Caitríona Caoimhe Carys Catrin Catriona Cerys Ciara Clodagh
  Delyth Eilidh Eimear Eleri Eluned Ffion Fionnuala Grainne Gráinne Gwyneth Heledd Kirstie Lowri Maeve
  Mairead Máiréad Mared Mhairi Morag Morwenna Niamh Nuala Orla Rhian Rhiannon Roisin Róisín Saoirse Shona
  Sian Siân Sinead Sinéad Siobhan Siobhán Tegan
  `,
  unisex: '',
};

/** Names common among Black Americans. */
const BLACK_AMERICAN: GivenNames = {
  male: `
  Ahmaud Antwan Antwon Botham Cornelius Dajuan Damarcus Damion Dante Darius Darnell Darrius Dashawn
  DeAndre Deandre Deion Demarcus Demetrius Denzel Deon Deonte DeShawn Deshawn Devonte Dewayne Dion Donnell
  Donte Dwayne Jabari Jaheim Jalen Jamaal Jamal Jamar Jamel Jaquan Jarell Jarrell Jarvis Javon Jaylen
  Jermaine Jevon Kendrick Keon Keshawn Keyshawn Khalil Kordell Lamar Lamont Laquan Latrell Lavar LeBron
  Lebron Malik Marcellus Marquez Marquis Marquise Montel Montrell Raheem Rashad Rashawn Shaquille Stedman
  Tavon Terrell Thurgood Travon Trayvon Tremaine Tremayne Trevon Tyree Tyreek Tyrell Tyrese Tyrone Tyshawn
  `,
  female: `
  Aaliyah Aja Ayanna Breonna Condoleezza Coretta Deja Iesha Imani Jada Janae Janelle Kaliyah Keisha
  Kenisha Keshia Ketanji Kiana Kiara Kierra Lakeisha Lakesha Lakeshia Lakisha Lashanda Lashawn LaShonda
  Lashonda Latanya Latasha Latisha Latonya LaToya Latoya Latrice Lawanda Malika Marquita Monique Nia
  Nichelle Niecy Quanisha Roshonda Shameka Shamika Shanelle Shanice Shanika Shaniqua Shanita Shante
  Shantel Sharonda Shavonne Shayla Sheree Shonda Shondra Tameka Tamika Tanesha Tanisha Taraji Tasha Teyana
  Tia Tiana Tierra Tisha Tyesha Tyra Yolonda Zora Zuri
  `,
  unisex: '',
};

export const ENGLISH_NAMES: readonly GivenNames[] = [ENGLISH, CELTIC, BLACK_AMERICAN];
