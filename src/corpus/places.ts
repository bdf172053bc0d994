/**
 * Ecuador's provinces, cantons and a selection of rural parishes, for the names of the
 * synthetic corpus's GADs (provincial, municipal, parochial) and deconcentrated offices.
 * The place names are real; every figure attached to them in the corpus is invented.
 */

export interface Province {
  /** Two-digit province code, as used in district codes ("17D05"). */
  code: string;
  name: string;
  cantons: readonly string[];
  /** Rural parishes: [canton, parish]. */
  parishes: readonly (readonly [string, string])[];
}

const p = (canton: string, ...names: string[]) => names.map((n) => [canton, n] as const);

export const PROVINCES: readonly Province[] = [
  {
    code: '01', name: 'Azuay',
    cantons: ['Cuenca', 'Girón', 'Gualaceo', 'Nabón', 'Paute', 'Pucará', 'San Fernando', 'Santa Isabel', 'Sígsig', 'Oña', 'Chordeleg', 'El Pan', 'Sevilla de Oro', 'Guachapala', 'Camilo Ponce Enríquez'],
    parishes: [
      ...p('Cuenca', 'Baños', 'Cumbe', 'Chaucha', 'Chiquintad', 'Llacao', 'Molleturo', 'Nulti', 'Octavio Cordero Palacios', 'Paccha', 'Quingeo', 'Ricaurte', 'San Joaquín', 'Santa Ana', 'Sayausí', 'Sidcay', 'Sinincay', 'Tarqui', 'Turi', 'Valle', 'Victoria del Portete'),
      ...p('Gualaceo', 'Daniel Córdova Toral', 'Jadán', 'Mariano Moreno', 'Remigio Crespo Toral', 'San Juan', 'Zhidmad'),
      ...p('Paute', 'Chicán', 'Dug Dug', 'El Cabo', 'Guarainag', 'Tomebamba'),
    ],
  },
  {
    code: '02', name: 'Bolívar',
    cantons: ['Guaranda', 'Chillanes', 'Chimbo', 'Echeandía', 'San Miguel', 'Caluma', 'Las Naves'],
    parishes: p('Guaranda', 'Facundo Vela', 'Julio Moreno', 'Salinas', 'San Lorenzo', 'San Simón', 'Santa Fe', 'Simiátug', 'San Luis de Pambil'),
  },
  {
    code: '03', name: 'Cañar',
    cantons: ['Azogues', 'Biblián', 'Cañar', 'La Troncal', 'El Tambo', 'Déleg', 'Suscal'],
    parishes: [
      ...p('Azogues', 'Cojitambo', 'Guapán', 'Javier Loyola', 'Luis Cordero', 'Pindilig', 'Rivera', 'Taday'),
      ...p('Cañar', 'Chontamarca', 'Chorocopte', 'General Morales', 'Gualleturo', 'Honorato Vásquez', 'Ingapirca', 'Juncal', 'Zhud', 'Ventura', 'Ducur'),
    ],
  },
  {
    code: '04', name: 'Carchi',
    cantons: ['Tulcán', 'Bolívar', 'Espejo', 'Mira', 'Montúfar', 'San Pedro de Huaca'],
    parishes: p('Tulcán', 'El Carmelo', 'Maldonado', 'Pioter', 'Tobar Donoso', 'Tufiño', 'Urbina', 'El Chical', 'Santa Martha de Cuba', 'Julio Andrade'),
  },
  {
    code: '05', name: 'Cotopaxi',
    cantons: ['Latacunga', 'La Maná', 'Pangua', 'Pujilí', 'Salcedo', 'Saquisilí', 'Sigchos'],
    parishes: [
      ...p('Latacunga', 'Aláquez', 'Belisario Quevedo', 'Guaytacama', 'Joseguango Bajo', 'Mulaló', 'Once de Noviembre', 'Poaló', 'San Juan de Pastocalle', 'Tanicuchí', 'Toacaso'),
      ...p('Pujilí', 'Angamarca', 'Guangaje', 'La Victoria', 'Pilaló', 'Tingo', 'Zumbahua'),
    ],
  },
  {
    code: '06', name: 'Chimborazo',
    cantons: ['Riobamba', 'Alausí', 'Colta', 'Chambo', 'Chunchi', 'Guamote', 'Guano', 'Pallatanga', 'Penipe', 'Cumandá'],
    parishes: [
      ...p('Riobamba', 'Cacha', 'Calpi', 'Cubijíes', 'Flores', 'Licán', 'Licto', 'Pungalá', 'Punín', 'Quimiag', 'San Juan', 'San Luis'),
      ...p('Guano', 'Guanando', 'Ilapo', 'La Providencia', 'San Andrés', 'San Gerardo de Pacaicaguán', 'San Isidro de Patulú', 'Santa Fe de Galán', 'Valparaíso'),
    ],
  },
  {
    code: '07', name: 'El Oro',
    cantons: ['Machala', 'Arenillas', 'Atahualpa', 'Balsas', 'Chilla', 'El Guabo', 'Huaquillas', 'Marcabelí', 'Pasaje', 'Piñas', 'Portovelo', 'Santa Rosa', 'Zaruma', 'Las Lajas'],
    parishes: [
      ...p('Machala', 'El Retiro'),
      ...p('Pasaje', 'Buenavista', 'Casacay', 'La Peaña', 'Progreso', 'Uzhcurrumi', 'Cañaquemada'),
      ...p('Zaruma', 'Abañín', 'Arcapamba', 'Guanazán', 'Güizhaguiña', 'Huertas', 'Malvas', 'Muluncay Grande', 'Sinsao', 'Salvias'),
    ],
  },
  {
    code: '08', name: 'Esmeraldas',
    cantons: ['Esmeraldas', 'Eloy Alfaro', 'Muisne', 'Quinindé', 'San Lorenzo', 'Atacames', 'Rioverde'],
    parishes: [
      ...p('Esmeraldas', 'Camarones', 'Chinca', 'Majua', 'San Mateo', 'Tabiazo', 'Tachina', 'Vuelta Larga'),
      ...p('Eloy Alfaro', 'Anchayacu', 'Atahualpa', 'Borbón', 'La Tola', 'Luis Vargas Torres', 'Maldonado', 'Pampanal de Bolívar', 'San Francisco de Onzole', 'Santo Domingo de Onzole', 'Selva Alegre', 'Telembí', 'Colón Eloy del María', 'San José de Cayapas', 'Timbiré'),
    ],
  },
  {
    code: '09', name: 'Guayas',
    cantons: ['Guayaquil', 'Alfredo Baquerizo Moreno', 'Balao', 'Balzar', 'Colimes', 'Daule', 'Durán', 'El Empalme', 'El Triunfo', 'Milagro', 'Naranjal', 'Naranjito', 'Palestina', 'Pedro Carbo', 'Samborondón', 'Santa Lucía', 'Salitre', 'San Jacinto de Yaguachi', 'Playas', 'Simón Bolívar', 'Coronel Marcelino Maridueña', 'Lomas de Sargentillo', 'Nobol', 'General Antonio Elizalde', 'Isidro Ayora'],
    parishes: [
      ...p('Guayaquil', 'Juan Gómez Rendón', 'Morro', 'Posorja', 'Puná', 'Tenguel'),
      ...p('Daule', 'Juan Bautista Aguirre', 'Laurel', 'Limonal', 'Los Lojas'),
      ...p('Naranjal', 'Jesús María', 'San Carlos', 'Santa Rosa de Flandes', 'Taura'),
      ...p('Milagro', 'Chobo', 'Mariscal Sucre', 'Roberto Astudillo'),
    ],
  },
  {
    code: '10', name: 'Imbabura',
    cantons: ['Ibarra', 'Antonio Ante', 'Cotacachi', 'Otavalo', 'Pimampiro', 'San Miguel de Urcuquí'],
    parishes: [
      ...p('Ibarra', 'Ambuquí', 'Angochagua', 'Carolina', 'La Esperanza', 'Lita', 'Salinas', 'San Antonio'),
      ...p('Otavalo', 'Eugenio Espejo', 'González Suárez', 'Pataquí', 'San José de Quichinche', 'San Juan de Ilumán', 'San Pablo', 'San Rafael', 'Selva Alegre'),
      ...p('Cotacachi', 'Apuela', 'García Moreno', 'Imantag', 'Peñaherrera', 'Plaza Gutiérrez', 'Quiroga', 'Seis de Julio de Cuellaje', 'Vacas Galindo'),
    ],
  },
  {
    code: '11', name: 'Loja',
    cantons: ['Loja', 'Calvas', 'Catamayo', 'Celica', 'Chaguarpamba', 'Espíndola', 'Gonzanamá', 'Macará', 'Paltas', 'Puyango', 'Saraguro', 'Sozoranga', 'Zapotillo', 'Pindal', 'Quilanga', 'Olmedo'],
    parishes: [
      ...p('Loja', 'Chantaco', 'Chuquiribamba', 'El Cisne', 'Gualel', 'Jimbilla', 'Malacatos', 'San Lucas', 'San Pedro de Vilcabamba', 'Santiago', 'Taquil', 'Vilcabamba', 'Yangana', 'Quinara'),
      ...p('Saraguro', 'El Paraíso de Celén', 'El Tablón', 'Lluzhapa', 'Manú', 'San Antonio de Cumbe', 'San Pablo de Tenta', 'San Sebastián de Yúluc', 'Selva Alegre', 'Urdaneta', 'Sumaypamba'),
    ],
  },
  {
    code: '12', name: 'Los Ríos',
    cantons: ['Babahoyo', 'Baba', 'Montalvo', 'Puebloviejo', 'Quevedo', 'Urdaneta', 'Ventanas', 'Vinces', 'Palenque', 'Buena Fe', 'Valencia', 'Mocache', 'Quinsaloma'],
    parishes: [
      ...p('Babahoyo', 'Caracol', 'Febres Cordero', 'Pimocha', 'La Unión'),
      ...p('Vinces', 'Antonio Sotomayor'),
      ...p('Quevedo', 'San Carlos', 'La Esperanza'),
    ],
  },
  {
    code: '13', name: 'Manabí',
    cantons: ['Portoviejo', 'Bolívar', 'Chone', 'El Carmen', 'Flavio Alfaro', 'Jipijapa', 'Junín', 'Manta', 'Montecristi', 'Paján', 'Pichincha', 'Rocafuerte', 'Santa Ana', 'Sucre', 'Tosagua', 'Veinticuatro de Mayo', 'Pedernales', 'Olmedo', 'Puerto López', 'Jama', 'Jaramijó', 'San Vicente'],
    parishes: [
      ...p('Portoviejo', 'Abdón Calderón', 'Alhajuela', 'Chirijos', 'Crucita', 'Pueblo Nuevo', 'Riochico', 'San Plácido'),
      ...p('Chone', 'Boyacá', 'Canuto', 'Convento', 'Chibunga', 'Eloy Alfaro', 'Ricaurte', 'San Antonio'),
      ...p('Jipijapa', 'América', 'El Anegado', 'Julcuy', 'La Unión', 'Membrillal', 'Pedro Pablo Gómez', 'Puerto de Cayo'),
      ...p('Manta', 'San Lorenzo', 'Santa Marianita'),
    ],
  },
  {
    code: '14', name: 'Morona Santiago',
    cantons: ['Morona', 'Gualaquiza', 'Limón Indanza', 'Palora', 'Santiago', 'Sucúa', 'Huamboya', 'San Juan Bosco', 'Taisha', 'Logroño', 'Pablo Sexto', 'Tiwintza'],
    parishes: p('Morona', 'Alshi', 'General Proaño', 'San Isidro', 'Sevilla Don Bosco', 'Sinaí', 'Zuñac', 'Cuchaentza', 'Río Blanco'),
  },
  {
    code: '15', name: 'Napo',
    cantons: ['Tena', 'Archidona', 'El Chaco', 'Quijos', 'Carlos Julio Arosemena Tola'],
    parishes: [
      ...p('Tena', 'Ahuano', 'Chontapunta', 'Pano', 'Puerto Misahuallí', 'Puerto Napo', 'Tálag'),
      ...p('Archidona', 'Cotundo', 'San Pablo de Ushpayacu'),
    ],
  },
  {
    code: '16', name: 'Pastaza',
    cantons: ['Pastaza', 'Mera', 'Santa Clara', 'Arajuno'],
    parishes: p('Pastaza', 'Canelos', 'Diez de Agosto', 'Fátima', 'Montalvo', 'Pomona', 'Río Corrientes', 'Río Tigre', 'Sarayacu', 'Simón Bolívar', 'Teniente Hugo Ortiz', 'Veracruz', 'El Triunfo'),
  },
  {
    code: '17', name: 'Pichincha',
    cantons: ['Quito', 'Cayambe', 'Mejía', 'Pedro Moncayo', 'Rumiñahui', 'San Miguel de los Bancos', 'Pedro Vicente Maldonado', 'Puerto Quito'],
    parishes: [
      ...p('Quito', 'Alangasí', 'Amaguaña', 'Atahualpa', 'Calacalí', 'Calderón', 'Conocoto', 'Cumbayá', 'Chavezpamba', 'Checa', 'El Quinche', 'Gualea', 'Guangopolo', 'Guayllabamba', 'La Merced', 'Llano Chico', 'Lloa', 'Nanegal', 'Nanegalito', 'Nayón', 'Nono', 'Pacto', 'Perucho', 'Pifo', 'Píntag', 'Pomasqui', 'Puéllaro', 'Puembo', 'San Antonio de Pichincha', 'San José de Minas', 'Tababela', 'Tumbaco', 'Yaruquí', 'Zámbiza'),
      ...p('Cayambe', 'Ascázubi', 'Cangahua', 'Olmedo', 'Otón', 'Santa Rosa de Cusubamba'),
      ...p('Mejía', 'Aloag', 'Aloasí', 'Cutuglahua', 'El Chaupi', 'Manuel Cornejo Astorga', 'Tambillo', 'Uyumbicho'),
    ],
  },
  {
    code: '18', name: 'Tungurahua',
    cantons: ['Ambato', 'Baños de Agua Santa', 'Cevallos', 'Mocha', 'Patate', 'Quero', 'San Pedro de Pelileo', 'Santiago de Píllaro', 'Tisaleo'],
    parishes: p('Ambato', 'Ambatillo', 'Atahualpa', 'Augusto Nicolás Martínez', 'Constantino Fernández', 'Huachi Grande', 'Izamba', 'Juan Benigno Vela', 'Montalvo', 'Pasa', 'Picaigua', 'Pilagüín', 'Quisapincha', 'San Bartolomé de Pinllo', 'San Fernando', 'Santa Rosa', 'Totoras', 'Cunchibamba', 'Unamuncho'),
  },
  {
    code: '19', name: 'Zamora Chinchipe',
    cantons: ['Zamora', 'Chinchipe', 'Nangaritza', 'Yacuambi', 'Yantzaza', 'El Pangui', 'Centinela del Cóndor', 'Palanda', 'Paquisha'],
    parishes: p('Zamora', 'Cumbaratza', 'Guadalupe', 'Imbana', 'Sabanilla', 'Timbara', 'San Carlos de las Minas'),
  },
  {
    code: '20', name: 'Galápagos',
    cantons: ['San Cristóbal', 'Isabela', 'Santa Cruz'],
    parishes: [...p('San Cristóbal', 'El Progreso', 'Isla Santa María'), ...p('Santa Cruz', 'Bellavista', 'Santa Rosa'), ...p('Isabela', 'Tomás de Berlanga')],
  },
  {
    code: '21', name: 'Sucumbíos',
    cantons: ['Lago Agrio', 'Gonzalo Pizarro', 'Putumayo', 'Shushufindi', 'Sucumbíos', 'Cascales', 'Cuyabeno'],
    parishes: p('Lago Agrio', 'Dureno', 'El Eno', 'General Farfán', 'Jambelí', 'Pacayacu', 'Santa Cecilia'),
  },
  {
    code: '22', name: 'Orellana',
    cantons: ['Orellana', 'Aguarico', 'La Joya de los Sachas', 'Loreto'],
    parishes: p('Orellana', 'Dayuma', 'El Dorado', 'García Moreno', 'Inés Arango', 'La Belleza', 'Nuevo Paraíso', 'San José de Guayusa', 'Taracoa'),
  },
  {
    code: '23', name: 'Santo Domingo de los Tsáchilas',
    cantons: ['Santo Domingo', 'La Concordia'],
    parishes: p('Santo Domingo', 'Alluriquín', 'Luz de América', 'Puerto Limón', 'San Jacinto del Búa', 'Valle Hermoso', 'El Esfuerzo', 'Santa María del Toachi'),
  },
  {
    code: '24', name: 'Santa Elena',
    cantons: ['Santa Elena', 'La Libertad', 'Salinas'],
    parishes: [...p('Santa Elena', 'Atahualpa', 'Colonche', 'Chanduy', 'Manglaralto', 'Simón Bolívar', 'San José de Ancón'), ...p('Salinas', 'Anconcito', 'José Luis Tamayo')],
  },
];

/** Cities with zonal administrations or municipal secretariats in the corpus (largest first). */
export const CITIES: readonly (readonly [canton: string, province: string])[] = [
  ['Quito', 'Pichincha'], ['Guayaquil', 'Guayas'], ['Cuenca', 'Azuay'], ['Santo Domingo', 'Santo Domingo de los Tsáchilas'],
  ['Ambato', 'Tungurahua'], ['Portoviejo', 'Manabí'], ['Machala', 'El Oro'], ['Durán', 'Guayas'], ['Manta', 'Manabí'],
  ['Loja', 'Loja'], ['Riobamba', 'Chimborazo'], ['Ibarra', 'Imbabura'], ['Quevedo', 'Los Ríos'], ['Milagro', 'Guayas'],
  ['Esmeraldas', 'Esmeraldas'], ['Latacunga', 'Cotopaxi'], ['Babahoyo', 'Los Ríos'],
];

/** Quito's zonal administrations (Administración Zonal ...). */
export const QUITO_ZONES = ['Calderón', 'Eloy Alfaro', 'Eugenio Espejo', 'La Delicia', 'Los Chillos', 'Manuela Sáenz', 'Quitumbe', 'Tumbaco', 'La Mariscal'];
/** Zone names for other cities' (synthetic) zonal administrations. */
export const ZONES = ['Norte', 'Sur', 'Centro', 'Oriental', 'Occidental', 'Noroccidental', 'Nororiental', 'Suroccidental', 'Suroriental', 'Centro Histórico', 'Rural'];
