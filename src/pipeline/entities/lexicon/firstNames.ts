import { lazySet } from './lazy.js';

/**
 * Common given names by the gender they usually carry, in the traditions the news quotes most.
 * Used two ways: a capitalized run that starts with one is a person, and it gives a gender.
 * Names worn by both (Jordan, Kim, Jean) are in `UNISEX_NAMES`: a person, but no gender.
 */
export const MALE_NAMES = lazySet(`
  Aaron Abdel Abdul Abdullah Abraham Adam Adrian Ahmad Ahmed Alan Albert Alberto Aleksandr Alessandro
  Alexander Alexandre Alexei Alexey Alfred Ali Alistair Allen Alvin Amir Amit Anders Andre Andrei Andres
  Andrés Andrew Andy Angelo Anthony Antoine Antonio Anwar Arjun Arnold Arthur Arturo Ashraf Austin Barack
  Barry Bashar Ben Benjamin Bernard Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon Brendan Brett
  Brian Bruce Bruno Bryan Bryce Byron Calvin Carl Carlo Carlos Cesar César Chad Charles Chuck Clarence
  Claude Clifford Clint Colin Cory Craig Cristian Curtis Cyril Dale Damian Dan Daniel Danny Dante Darius Darren Dave
  David Dean Dennis Derek Diego Dmitri Dmitry Don Donald Doug Douglas Duane Dustin Dwight Earl Ed Eddie
  Edgar Eduardo Edward Edwin Ehud Elijah Elliot Elon Emile Emmanuel Emmerson Enrique Eric Erik Ernest
  Ernesto Ethan Eugene Evan Evo Fabio Faisal Farid Felipe Felix Fernando Francesco Francis Francisco
  Francois François Frank Franz Fred Frederick Friedrich Gabriel Gareth Gary Gavin Gene Geoffrey George
  Gerald Gerard Gerhard Giovanni Giuseppe Glenn Gordon Graham Greg Gregory Guillermo Gustavo Hamed Hamid Hank
  Hans Harold Harry Harvey Hassan Hector Heinz Helmut Henri Henry Herbert Herman Hiroshi Howard Hugh Hugo
  Hussain Hussein Ian Ibrahim Igor Imran Isaac Ivan Jack Jacob Jacques Jake Jamal James Jared Jason Javad
  Javier Jeb Jeff Jeffrey Jeremy Jerome Jerry Jesse Jesus Jim Jimmy Joaquin Joe Joel Johan Johannes John
  Johnny Jon Jonathan Jorge Jose José Joseph Josh Joshua Juan Julian Julio Justin Jürgen Kareem Karim Karl
  Keith Ken Kenneth Kevin Khalid Klaus Kofi Kurt Kyle Lamar Lance Larry Lars Lawrence Lee Leo Leon Leonard
  Leonardo Lester Lindsey Liam Lloyd Logan Lonnie Lorenzo Louis Luc Luca Lucas Luigi Luis Luke Mahmoud Malcolm
  Manuel Marc Marcel Marco Marcus Mario Mark Martin Marvin Mason Mathieu Matt Matteo Matthew Maurice Mauricio Max
  Maxim Mehmet Merrick Michael Michel Miguel Mike Mikhail Milton Mitch Mitchell Mitt Mohamed Mohammad Mohammed
  Moshe Muhammad Muhammadu Mustafa Naftali Narendra Nathan Nathaniel Neil Nelson Newt Nicholas Nick
  Nicolas Nicolás Nikolai Noah Norman Olaf Oleg Oliver Olivier Omar Oscar Otto Owen Pablo Paolo Patrick
  Paul Pavel Pedro Percy Pete Peter Petr Phil Philip Philippe Pierre Rafael Rahul Raj Rajesh Ralph Ramon Rand
  Randall Randy Rasheed Raul Raúl Ray Raymond Recep Reed Reggie Reginald Reza Ricardo Richard Rich Rick Ricky Rob Robert
  Roberto Rod Rodney Rodrigo Roger Roland Roman Ron Ronald Ross Roy Ruben Rudolph Saeed Rudy Rusty Russell Ryan
  Salman Salvador Samuel Sanjay Scott Sean Sebastian Sergei Sergey Sergio Seth Shane Shawn Shimon
  Shinzo Sidney Silvio Simon Spencer Stanley Stefan Stephen Steve Steven Stevie Stuart Sultan Tariq Ted Terence Terrence
  Terry Theodore Thomas Tim Timothy Toby Todd Tom Tommy Tony Travis Trevor Troy Tyler Uhuru Umar Victor
  Viktor Vincent Vladimir Walter Warren Wayne Wesley Willem William Willie Wolfgang Xavier Yair Yasser
  Yitzhak Yoshihide Youssef Yuri Yusuf Zachary Zack
`);

export const FEMALE_NAMES = lazySet(`
  Abigail Ada Adriana Agnes Aicha Aisha Alejandra Alexandra Alexis Alice Alicia Alison Allison Amal Amanda
  Amber Amelia Amina Amy Ana Anastasia Andrea Angela Angelina Anita Ann Anna Anne Annette Annie Antonia
  Ashley Barbara Barbra Beatrice Beatriz Becky Benazir Bernadette Beth Betsy Betty Beverly Bianca
  Bonnie Brenda Bridget Brittany Camila Carla Carmen Carol Caroline Carolyn Carrie Cassandra Catherine
  Cathy Cecilia Celia Charlotte Chelsea Cheryl Chloe Christina Christine Cindy Claire Clara Claudia
  Colleen Condoleezza Connie Constance Cristina Crystal Cynthia Daisy Daniela Danielle Daphne Debbie
  Deborah Debra Denise Diana Diane Dianne Dolores Donna Doris Dorothy Edith Eileen Elaine Eleanor Elena
  Elisabeth Elizabeth Ella Ellen Eloise Elsa Emily Emma Erica Erin Esther Eva Evelyn Fatima Fiona Florence
  Frances Gabriela Gabrielle Gail Gemma Gennifer Georgia Gillian Gina Giorgia Gisele Gloria Grace Gretchen
  Gwen Hannah Harriet Hazel Heather Heidi Helen Helena Hilary Hillary Holly Huma Ida Indira Ines Inés
  Ingrid Irene Irina Iris Isabel Isabella Isabelle Ivana Ivanka Jacinda Jacqueline Jane Janet Janice
  Jasmine Jeanne Jennifer Jenny Jessica Jill Jillian Joan Joanna Joanne Josephine Joy Joyce Juana Judith
  Judy Julia Julie Juliet June Justine Kamala Karen Karin Kate Katherine Kathleen Kathryn Kathy Katie Katrin
  Kayla Kellyanne Kerry Kimberly Kirsten Kristen Kristin Laila Lara Laura Lauren Layla Leah Leila Lena
  Linda Lindsay Lisa Liz Lois Loretta Lori Louise Lucia Lucy Ludmila Luisa Lydia Lynn Madeleine Madison
  Malala Margaret Margarita Margot Maria María Mariam Marian Marie Marina Marine Marion Marisa Marjorie
  Marta Martha Mary Maryam Maxine Megan Megyn Melania Melanie Melinda Melissa Meryl Mette Mia Michaela
  Michelle Mildred Miriam Molly Monica Nadia Nancy Naomi Natalia Natalie Natasha Nicola Nicole Nikki Nina
  Noor Nora Norma Olga Olive Olivia Oprah Paige Pamela Patricia Paula Pauline Peggy Penelope Phyllis Pilar
  Priscilla Priyanka Rachel Rania Rebecca Regina Renee Rita Roberta Rosa Rosalind Rose Rosemary Roxanne
  Ruth Sabrina Sally Samantha Sandra Sanna Sara Sarah Sasha Segolene Ségolène Selena Serena Sharon Sheila
  Shirley Silvia Simone Sofia Sonia Sophia Sophie Stacey Stephanie Sue Susan Susanne Suzanne Svetlana
  Sylvia Tamara Tammy Tanya Tara Tatiana Teresa Theresa Tiffany Tina Tracy Tulsi Ursula Valentina Valerie
  Vanessa Vera Veronica Vicki Victoria Viola Violet Virginia Vivian Wendy Whitney Yasmin Yolanda Yulia Yvonne
  Zainab Zoe
`);

export const UNISEX_NAMES = lazySet(`
  Alex Ashton Avery Cameron Casey Charlie Chris Dana Drew Jamie Jean Jordan Kelly Kim Leslie Morgan
  Pat Quinn Riley Sam Shannon Taylor
  Tsering Tshering Tenzin Pema Sonam Dawa Tashi Lobsang Jigme Ngawang Thupten Kunchok Gendun Lhakpa
`);

/**
 * Frequent family names of the traditions the news quotes. Only a weak signal: a two- or three-word
 * capitalized run that starts or ends with one, and has no other reading, is taken for a person.
 */
export const SURNAMES = lazySet(`
  Adams Ahmed Alvarez Anderson Bailey Baker Bennett Brooks Brown Campbell Carter Castillo Chan Chang Chen
  Cheng Cheung Chow Clark Collins Cook Cooper Costa Cruz Das Davis Diaz Dubois Edwards Evans Fischer Flores
  Foster Garcia García Gomez Gonzalez González Gupta Gutierrez Hall Harris Hernandez Hill Ho Howard Huang
  Hughes Hussain Ibrahim Ito Ivanov Jackson Jiang Jimenez Johnson Jones Khan Kim Kumar Lam Lau Leung Lewis
  Lin Liu Lopez López Martin Martinez Martínez Mendoza Meyer Miller Mitchell Moore Morales Morgan Morris
  Müller Murphy Nakamura Nelson Ng Nguyen Ortiz Park Parker Patel Perez Pérez Peterson Petrov Phillips Popov
  Ramirez Ramos Reyes Richardson Rivera Roberts Robinson Rodriguez Rodríguez Rogers Rossi Ruiz Russo
  Sanchez Sánchez Sanders Santos Sato Schmidt Schneider Sharma Shih Silva Singh Smirnov Smith Stewart
  Suzuki Takahashi Tanaka Taylor Thomas Thompson Torres Tran Tsang Turner Walker Wang Ward Watanabe Watson
  Weber Williams Wilson Wong Wright Wu Xu Yamamoto Yang Zhang Zhao Zhou
`);

/** A given name of any gender ("Sophie", "Mohammed", "Jordan"). */
export const isFirstName = (w: string): boolean => MALE_NAMES().has(w) || FEMALE_NAMES().has(w) || UNISEX_NAMES().has(w);
