import type { GivenNames } from './givenNames.js';

// Given names of German, Dutch and Nordic speakers, by tradition; see firstNames.ts for how they are used and what
// is left out. A name listed under an earlier tradition is not repeated in a later one.

/** German, Austrian and German-speaking Swiss. */
const GERMAN: GivenNames = {
  male: `
  Achim Alois Andreas Anselm Armin Arno Axel Benedikt Benno Bernd Berthold Bodo Christoph Claus Detlef
  Dieter Dietmar Dietrich Eberhard Eckhard Egon Elmar Erich Ernst Ewald Franz Friedrich Fritz Georg
  Gerhard Gottfried Gottlieb Guenther Gunter Günter Gunther Günther Gustav Hannes Hans Harald Hartmut
  Heiko Heiner Heino Heinrich Heinz Helmut Helmuth Hermann Herwig Holger Horst Hubertus Ignaz Ingo Joachim
  Jochen Joerg Johannes Jörg Josef Juergen Jürgen Karl Karl-Heinz Kaspar Kilian Konrad Konstantin Leopold
  Lorenz Lothar Ludger Ludwig Lukas Lutz Malte Manfred Markus Matthias Maximilian Moritz Niklas Nikolaus
  Norbert Olaf Oskar Otto Philipp Rainer Ralf Reiner Reinhard Reinhold Rolf Rüdiger Rudolf Ruediger Sascha
  Siegfried Sigmar Sönke Stefan Steffen Theodor Thilo Thorsten Tilman Tilo Torsten Udo Ulrich Uwe Volker
  Waldemar Wendelin Werner Wilfried Wilhelm Willi Willy Winfried Wolfgang Wolfram
  `,
  female: `
  Adelheid Almut Angelika Anja Anke Annalena Annegret Annelie Anneliese Antje Bärbel Beate Bettina Birgit
  Birte Britta Carola Christel Constanze Cornelia Dagmar Dorothee Edeltraud Elfi Elfriede Elisabeth Elke
  Franziska Frauke Frieda Friederike Gabi Gerda Gerlinde Gertrud Gesine Gitte Grete Gudrun Hannelore
  Hedwig Heidemarie Heidrun Heike Helga Henrike Herta Hertha Hildegard Ilona Ilse Imke Ina Inge Ingeborg
  Irmgard Irmtraud Isolde Jana Jasmin Josefine Juliane Jutta Karoline Kathrin Katja Katrin Kerstin Klara
  Leonie Liesel Liselotte Luise Magda Maike Mareike Margarete Margarethe Margit Marita Meike Petra Renate
  Ricarda Rosemarie Roswitha Sabine Sahra Saskia Sieglinde Silke Sonja Stefanie Steffi Svenja Swantje
  Sybille Tanja Tatjana Theresia Traudl Ulrike Ursel Uta Ute Verena Waltraud Wiebke
  `,
  unisex: `
  Gabriele Gerd Kai
  `,
};

/** Dutch and Flemish. */
const DUTCH: GivenNames = {
  male: `
  Arie Arjan Arjen Bas Bram Cees Daan Ewout Frans Freek Frits Geert Gerrit Gert Gijs Hendrik Henk Huub
  Jaap Jef Jelle Jelmer Jeroen Joep Joost Joris Jos Kees Klaas Koen Lieven Lodewijk Luuk Maarten Marnix
  Menno Niek Niels Piet Pieter Pim Rens Rik Roel Rutger Ruud Sander Sem Sjoerd Stef Stijn Teun Thijs
  Tjeerd Wessel Willem Wim Wopke Wouter
  `,
  female: `
  Anneke Annelies Annemarie Annemieke Anouk Els Femke Fleur Griet Hanneke Hilde Ineke Janneke Jolanda
  Lieke Liesbeth Maaike Marieke Mariëlle Marijke Marloes Mieke Mirjam Nele Renske Sanne Sofie Tineke
  Veerle Willemijn
  `,
  unisex: '',
};

/** Danish, Norwegian, Swedish, Icelandic and Finnish. */
const NORDIC: GivenNames = {
  male: `
  Aksel Anders Antti Arne Bjarne Bjorn Björn Bjørn Bo Carsten Christer Claes Dag Einar Eirik Erik Erland
  Erling Esa Espen Frederik Fredrik Geir Göran Gunnar Gustaf Haakon Hakan Håkan Håkon Halvor Hampus Heikki
  Helge Henning Henrik Ilkka Ingemar Ingvar Ivar Jakob Janne Jari Jens Jesper Joakim Johan Jonas Jörgen
  Jostein Jørgen Juha Jukka Jussi Kåre Kasper Kjell Klas Knut Kristian Kristoffer Lars Lasse Leif Lennart
  Linus Ludvig Mads Magne Magnus Markku Mathias Mats Matti Mattias Mikael Mikkel Mikko Mogens Morten
  Nikolaj Nils Olav Olli Olof Oyvind Pål Pekka Pelle Pertti Petter Petteri Poul Preben Ragnar Rasmus Risto
  Sauli Seppo Sigurd Sindre Soren Søren Steen Steinar Sten Stig Sture Svein Sven Tapio Teemu Terje Timo
  Torben Torbjörn Torbjørn Troels Trond Tuomas Uffe Ulf Ulrik Vidar Viggo Ville Yngve Øystein Øyvind
  `,
  female: `
  Agneta Aino Anette Annika Anniken Anu Åsa Astrid Birgitta Birthe Bodil Britt Carina Dorthe Ebba Eeva
  Elin Elina Ellinor Elsa Frida Gro Gunhild Gunilla Hedda Hedvig Hege Helle Inger Ingrid Jenni Jorunn
  Josefin Kaisa Kajsa Karin Karolina Katarina Katri Kirsi Lisbeth Liv Lotta Lotte Maija Malin Margareta
  Margrethe Mari Marit Marja Mette Minna Nanna Outi Paivi Päivi Pernille Pia Pirkko Ragnhild Randi Riikka
  Saara Sanna Sari Satu Signe Sigrid Sirpa Siv Solveig Stina Therese Tiina Tonje Tove Trine Trude Tuula
  Tuva Ulla Ulrika Unni Vibeke Wenche Ylva
  `,
  unisex: `
  Kari
  `,
};

export const NORTHERN_NAMES: readonly GivenNames[] = [GERMAN, DUTCH, NORDIC];
