import type { GivenNames } from './givenNames.js';

// Given names of Spanish, Portuguese, French, Italian and Romanian speakers, by tradition; see firstNames.ts for how they are used and what
// is left out. A name listed under an earlier tradition is not repeated in a later one.

/** Spanish-speaking countries and Hispanic/Latino Americans. */
const HISPANIC: GivenNames = {
  male: `
  Abelardo Adán Adolfo Adrián Agustin Agustín Alberto Alejandro Alfonso Alfredo Alonso Alvaro Álvaro Amado
  Amador Andres Andrés Ángel Anibal Aníbal Anselmo Antonio Armando Arturo Augusto Aurelio Baltasar
  Bartolomé Benito Bernardo Beto Braulio Camilo Carlos Celestino Cesar César Cipriano Clemente Cristian
  Cristobal Cristóbal Dámaso Damián Dario Darío Diego Domingo Edgardo Eduardo Efrain Efraín Eladio Elías
  Eliseo Eloy Emiliano Emilio Enrique Erasmo Ernesto Esteban Eugenio Eusebio Evaristo Evo Ezequiel Fabián
  Facundo Faustino Federico Felipe Félix Fermín Fernando Fidel Florencio Francisco Gabino Gaspar Genaro
  Gerardo Germán Gilberto Gonzalo Gregorio Guillermo Gustavo Hector Héctor Heriberto Hernan Hernán Hilario
  Homero Horacio Humberto Ignacio Isaías Isidro Ismael Iván Jacinto Jacobo Jaime Jairo Javier Jerónimo
  Jesus Jesús Joaquin Joaquín Jorge Jose José Josué Juan Julián Julio Lázaro Leonel Leopoldo Lisandro
  Lorenzo Luciano Lucio Luis Macario Manuel Marcelino Marcelo Marcial Marcos Mariano Martín Mateo Matias
  Matías Mauricio Maximiliano Maximo Máximo Melchor Miguel Modesto Moises Moisés Nahuel Nayib Nestor
  Néstor Nicanor Nicolás Norberto Octavio Ollanta Óscar Pablo Paco Pancho Pascual Patricio Pedro Porfirio
  Rafael Ramiro Ramon Ramón Raul Raúl Reinaldo René Reynaldo Ricardo Rigoberto Roberto Rodolfo Rodrigo
  Rogelio Rolando Román Rosendo Ruben Rubén Sabino Salvador Saturnino Saúl Sebastián Serafín Sergio
  Severino Simón Tadeo Teodoro Timoteo Tomás Ulises Valentín Valentino Vicente Víctor Vidal Wenceslao
  Wilfredo Zacarías
  `,
  female: `
  Abril Adela Adelaida Adelina Adriana Agustina Ainhoa Alba Alejandra Alondra Amaia Amalia Amparo Ana
  Anabel Anahí Ángela Angélica Antonia Araceli Aracely Arantxa Ariadna Aurelia Azucena Beatriz Begoña
  Belen Belén Berta Blanca Camila Candela Carlota Carmela Catalina Citlali Clarisa Concepción Concha
  Constanza Consuelo Cristina Daniela Dayana Delfina Dulce Elva Elvira Emilia Encarnación Esperanza
  Estefanía Estela Estrella Evangelina Fabiola Fernanda Florencia Francisca Gabriela Gema Gisela Graciela
  Guadalupe Herminia Hortensia Idoia Ines Inés Inmaculada Irati Iratxe Itzel Itziar Ivette Ivonne Jazmín
  Jimena Josefa Josefina Juana Juliana Julieta Leonor Leticia Lidia Lilia Liliana Lizbeth Lorena Lourdes
  Lucia Lucía Lucila Luisa Lupe Luz Macarena Magdalena Maira Maite Manuela Marcela Margarita María Mariana
  Maribel Maricela Mariela Marisa Marisol Maritza Marta Martina Matilde Mayra Melisa Micaela Milagros
  Mireia Mireya Mónica Natalia Nayeli Nelly Nerea Nidia Noelia Noemí Nuria Ofelia Paloma Patricia Paulina
  Perla Pilar Rafaela Raquel Remedios Reyna Rocio Rocío Rosalba Rosalía Rosalinda Rosana Rosaura Sofía
  Soledad Susana Valentina Valeria Verónica Viviana Ximena Xiomara Xochitl Xóchitl Yadira Yaiza Yamileth
  Yazmín Yesenia Zaida Zoila Zulema
  `,
  unisex: '',
};

/** Portuguese and Brazilian. */
const PORTUGUESE: GivenNames = {
  male: `
  Adriano Aécio Afonso André António Antônio Artur Bento Caetano Caio Cândido Cássio Cícero Ciro Claudio
  Cláudio Cristiano Davi Diogo Duarte Edson Emanuel Evandro Fabiano Fábio Filipe Flávio Geraldo Gilmar
  Gonçalo Guilherme Heitor Hélio Henrique Jair Joao João Joaquim Juliano Júlio Leandro Luís Luiz Lula
  Marcio Márcio Mário Mateus Matheus Maurício Murilo Nélson Neymar Nuno Otávio Paulo Raimundo Renan
  Rogério Romário Ronaldo Rubens Rui Sebastião Sérgio Tancredo Tarcísio Thiago Tiago Ulisses Vinicius
  Vinícius Vitor Vítor Wagner
  `,
  female: `
  Aline Antônia Bruna Catarina Cecília Cláudia Conceição Débora Dilma Eduarda Eliane Fabiana Fátima Flávia
  Gisele Gleisi Glória Graça Isabela Isadora Ivone Jaqueline Joana Joice Júlia Karina Larissa Letícia
  Lívia Luana Lúcia Luciana Luísa Luiza Luíza Márcia Marielle Mônica Natália Patrícia Priscila Rebeca
  Renata Rosângela Sílvia Sônia Tábata Tânia Tatiana Tereza Thaís Vitória Yasmin
  `,
  unisex: '',
};

/** French, Belgian, Swiss and Québécois. */
const FRENCH: GivenNames = {
  male: `
  Alain Alexandre Antoine Arnaud Baptiste Benoit Benoît Bertrand Christophe Clément Didier Edouard Édouard
  Emile Emmanuel Éric Etienne Étienne Fabien Fabrice Florian Francois François Frederic Frédéric Gaël
  Gaspard Gérard Gilles Guillaume Henri Herve Hervé Hugo Hugues Jacques Jean-Baptiste Jean-Christophe
  Jean-Claude Jean-François Jean-Jacques Jean-Louis Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Noël
  Jean-Paul Jean-Pierre Jean-Yves Jérôme Joël Julien Laurent Loic Loïc Luc Marcel Mathieu Mathis Matthieu
  Maxime Michel Nicolas Olivier Patrice Philippe Pierre Pierre-Yves Raphael Raphaël Regis Régis Remi Rémi
  Renaud Sebastien Sébastien Serge Stephane Stéphane Sylvain Théo Thibault Thierry Valéry Xavier Yann
  Yannick Yves
  `,
  female: `
  Agathe Agnès Amelie Amélie Anaïs Anne-Marie Annick Aude Aurelie Aurélie Axelle Béatrice Bérénice
  Brigitte Capucine Cecile Cécile Celine Céline Chantal Chloé Christiane Clemence Clémence Colette
  Delphine Élisabeth Elise Élise Elodie Élodie Emilie Émilie Estelle Eugénie Fabienne Francoise Françoise
  Genevieve Geneviève Ghislaine Gisèle Helene Hélène Hortense Irène Joséphine Laetitia Laure Laurène Lea
  Léa Lucie Manon Margaux Marie-Claire Marie-France Marie-Louise Marine Marlène Martine Mathilde Michèle
  Najat Nathalie Noémie Océane Odile Ophélie Pascale Perrine Rachida Roselyne Salomé Sandrine Segolene
  Ségolène Severine Séverine Solange Solène Stéphanie Sylvie Valérie Veronique Véronique Virginie Zoé
  `,
  unisex: `
  Dominique Laurence
  `,
};

/** Italian. */
const ITALIAN: GivenNames = {
  male: `
  Achille Aldo Alessandro Alessio Amedeo Angelo Beppe Bruno Carlo Carmine Cesare Corrado Cosimo Daniele
  Davide Domenico Edoardo Elio Emanuele Enrico Enzo Ettore Fabio Fabrizio Fausto Filippo Flavio Francesco
  Franco Gaetano Gennaro Giacomo Giampiero Giancarlo Gianfranco Gianluca Gianni Gigi Gino Giorgio Giovanni
  Giuliano Giulio Giuseppe Guido Ignazio Lamberto Leonardo Lino Luca Ludovico Luigi Marcello Marco Mario
  Massimo Matteo Maurizio Mauro Niccolò Nicolò Ottavio Paolo Pasquale Pierluigi Piero Pietro Raffaele
  Renato Renzo Riccardo Rocco Romano Ruggero Salvatore Sandro Saverio Silvano Silvio Stefano Tiziano
  Tommaso Ugo Umberto Valerio Vincenzo Vittorio
  `,
  female: `
  Alessandra Alessia Antonella Benedetta Camilla Carlotta Caterina Chiara Cinzia Donatella Elisa
  Elisabetta Emanuela Federica Fiorella Francesca Gabriella Giada Gianna Giorgia Giovanna Giulia Graziella
  Ilaria Letizia Loredana Lucrezia Ludovica Maddalena Mara Margherita Mariangela Mariastella Mariella
  Nicoletta Noemi Ornella Ottavia Paola Patrizia Raffaella Rosanna Rosaria Rosella Rossella Serena Simona
  Sofia Stefania Sveva Tiziana Vittoria
  `,
  unisex: `
  Andrea Michele Nino
  `,
};

/** Romanian and Moldovan. */
const ROMANIAN: GivenNames = {
  male: `
  Andrei Bogdan Catalin Cătălin Claudiu Constantin Corneliu Costel Dorin Dragos Dragoș Emil Eugen Florin
  Gheorghe Horia Ioan Ionel Ionut Ionuț Iulian Klaus Laurențiu Liviu Lucian Marius Mihai Mircea Nicolae
  Nicușor Ovidiu Petru Radu Razvan Răzvan Remus Sorin Stelian Teodor Titus Traian Valentin Vasile Viorel
  `,
  female: `
  Adina Alina Anca Andreea Camelia Cătălina Corina Doina Ecaterina Florentina Georgiana Ileana Ioana Iulia
  Larisa Lavinia Luminița Madalina Mădălina Mihaela Mirela Nicoleta Oana Raluca Ramona Roxana Sorina
  Teodora Violeta Viorica
  `,
  unisex: '',
};

export const ROMANCE_NAMES: readonly GivenNames[] = [HISPANIC, PORTUGUESE, FRENCH, ITALIAN, ROMANIAN];
