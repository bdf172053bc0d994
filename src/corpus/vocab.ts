/**
 * Words and phrases of the synthetic reports: national institutions, people's names and, per
 * sector, the objectives, goals, indicators, projects and programs the reports talk about.
 * All in the Spanish of Ecuador's public administration; the institutions are real bodies,
 * everything said about them in the corpus is invented.
 */

export type Sector =
  | 'salud' | 'educacion' | 'seguridad' | 'ambiente' | 'agro' | 'obras' | 'vivienda' | 'social' | 'economia'
  | 'turismo' | 'cultura' | 'produccion' | 'energia' | 'telecom' | 'trabajo' | 'derechos' | 'planificacion'
  | 'riesgos' | 'registro' | 'control' | 'judicial' | 'electoral' | 'legislativo' | 'agua' | 'movilidad'
  | 'territorial';

export interface NationalBody {
  name: string;
  acronym: string | null;
  function: 'ejecutiva' | 'legislativa' | 'judicial' | 'electoral' | 'transparencia y control social';
  type: string;
  sector: Sector;
  domain: string;
}

const b = (name: string, acronym: string | null, fn: NationalBody['function'], type: string, sector: Sector, domain: string): NationalBody =>
  ({ name, acronym, function: fn, type, sector, domain });

/** National bodies of the five State functions. */
export const NATIONAL_BODIES: readonly NationalBody[] = [
  b('Ministerio de Salud Pública', 'MSP', 'ejecutiva', 'ministerio', 'salud', 'salud.gob.ec'),
  b('Ministerio de Educación', 'MINEDUC', 'ejecutiva', 'ministerio', 'educacion', 'educacion.gob.ec'),
  b('Ministerio de Economía y Finanzas', 'MEF', 'ejecutiva', 'ministerio', 'economia', 'finanzas.gob.ec'),
  b('Ministerio de Agricultura y Ganadería', 'MAG', 'ejecutiva', 'ministerio', 'agro', 'agricultura.gob.ec'),
  b('Ministerio de Transporte y Obras Públicas', 'MTOP', 'ejecutiva', 'ministerio', 'obras', 'obraspublicas.gob.ec'),
  b('Ministerio de Desarrollo Urbano y Vivienda', 'MIDUVI', 'ejecutiva', 'ministerio', 'vivienda', 'habitatyvivienda.gob.ec'),
  b('Ministerio de Inclusión Económica y Social', 'MIES', 'ejecutiva', 'ministerio', 'social', 'inclusion.gob.ec'),
  b('Ministerio del Ambiente, Agua y Transición Ecológica', 'MAATE', 'ejecutiva', 'ministerio', 'ambiente', 'ambiente.gob.ec'),
  b('Ministerio de Turismo', 'MINTUR', 'ejecutiva', 'ministerio', 'turismo', 'turismo.gob.ec'),
  b('Ministerio de Cultura y Patrimonio', 'MCYP', 'ejecutiva', 'ministerio', 'cultura', 'culturaypatrimonio.gob.ec'),
  b('Ministerio del Deporte', 'MINDEP', 'ejecutiva', 'ministerio', 'cultura', 'deporte.gob.ec'),
  b('Ministerio de Defensa Nacional', 'MIDENA', 'ejecutiva', 'ministerio', 'seguridad', 'defensa.gob.ec'),
  b('Ministerio de Relaciones Exteriores y Movilidad Humana', 'MREMH', 'ejecutiva', 'ministerio', 'derechos', 'cancilleria.gob.ec'),
  b('Ministerio de Producción, Comercio Exterior, Inversiones y Pesca', 'MPCEIP', 'ejecutiva', 'ministerio', 'produccion', 'produccion.gob.ec'),
  b('Ministerio de Energía y Minas', 'MEM', 'ejecutiva', 'ministerio', 'energia', 'energiayminas.gob.ec'),
  b('Ministerio de Telecomunicaciones y de la Sociedad de la Información', 'MINTEL', 'ejecutiva', 'ministerio', 'telecom', 'telecomunicaciones.gob.ec'),
  b('Ministerio del Trabajo', 'MDT', 'ejecutiva', 'ministerio', 'trabajo', 'trabajo.gob.ec'),
  b('Ministerio de la Mujer y Derechos Humanos', 'MMDH', 'ejecutiva', 'ministerio', 'derechos', 'mujeryderechos.gob.ec'),
  b('Ministerio de Gobierno', 'MDG', 'ejecutiva', 'ministerio', 'territorial', 'ministeriodegobierno.gob.ec'),
  b('Ministerio del Interior', 'MDI', 'ejecutiva', 'ministerio', 'seguridad', 'ministeriodelinterior.gob.ec'),
  b('Secretaría Nacional de Planificación', 'SNP', 'ejecutiva', 'secretaría', 'planificacion', 'planificacion.gob.ec'),
  b('Secretaría de Educación Superior, Ciencia, Tecnología e Innovación', 'SENESCYT', 'ejecutiva', 'secretaría', 'educacion', 'educacionsuperior.gob.ec'),
  b('Secretaría Nacional de Gestión de Riesgos', 'SNGR', 'ejecutiva', 'secretaría', 'riesgos', 'gestionderiesgos.gob.ec'),
  b('Secretaría General de Comunicación de la Presidencia', 'SEGCOM', 'ejecutiva', 'secretaría', 'planificacion', 'comunicacion.gob.ec'),
  b('Secretaría Técnica Ecuador Crece Sin Desnutrición Infantil', 'STECSDI', 'ejecutiva', 'secretaría', 'salud', 'infancia.gob.ec'),
  b('Secretaría de Gestión y Desarrollo de Pueblos y Nacionalidades', 'SGDPN', 'ejecutiva', 'secretaría', 'derechos', 'pueblosynacionalidades.gob.ec'),
  b('Secretaría Nacional de la Administración Pública', 'SNAP', 'ejecutiva', 'secretaría', 'planificacion', 'administracionpublica.gob.ec'),
  b('Secretaría Técnica de la Circunscripción Territorial Especial Amazónica', 'STCTEA', 'ejecutiva', 'secretaría', 'territorial', 'secretariadelamazonia.gob.ec'),
  b('Secretaría de Derechos Humanos', 'SDH', 'ejecutiva', 'secretaría', 'derechos', 'derechoshumanos.gob.ec'),
  b('Servicio de Rentas Internas', 'SRI', 'ejecutiva', 'servicio', 'economia', 'sri.gob.ec'),
  b('Servicio Nacional de Aduana del Ecuador', 'SENAE', 'ejecutiva', 'servicio', 'economia', 'aduana.gob.ec'),
  b('Servicio Nacional de Atención Integral a Personas Adultas Privadas de la Libertad', 'SNAI', 'ejecutiva', 'servicio', 'seguridad', 'atencionintegral.gob.ec'),
  b('Servicio de Acreditación Ecuatoriano', 'SAE', 'ejecutiva', 'servicio', 'produccion', 'acreditacion.gob.ec'),
  b('Servicio Ecuatoriano de Normalización', 'INEN', 'ejecutiva', 'servicio', 'produccion', 'normalizacion.gob.ec'),
  b('Servicio de Gestión Inmobiliaria del Sector Público', 'INMOBILIAR', 'ejecutiva', 'servicio', 'economia', 'inmobiliar.gob.ec'),
  b('Servicio Nacional de Medicina Legal y Ciencias Forenses', 'SNMLCF', 'ejecutiva', 'servicio', 'judicial', 'cienciasforenses.gob.ec'),
  b('Servicio Público para Pago de Accidentes de Tránsito', 'SPPAT', 'ejecutiva', 'servicio', 'movilidad', 'sppat.gob.ec'),
  b('Servicio Nacional de Contratación Pública', 'SERCOP', 'ejecutiva', 'servicio', 'control', 'sercop.gob.ec'),
  b('Agencia de Regulación y Control de las Telecomunicaciones', 'ARCOTEL', 'ejecutiva', 'agencia', 'telecom', 'arcotel.gob.ec'),
  b('Agencia de Regulación y Control Fito y Zoosanitario', 'AGROCALIDAD', 'ejecutiva', 'agencia', 'agro', 'agrocalidad.gob.ec'),
  b('Agencia Nacional de Regulación, Control y Vigilancia Sanitaria', 'ARCSA', 'ejecutiva', 'agencia', 'salud', 'controlsanitario.gob.ec'),
  b('Agencia Nacional de Tránsito', 'ANT', 'ejecutiva', 'agencia', 'movilidad', 'ant.gob.ec'),
  b('Agencia de Regulación y Control de Energía y Recursos Naturales No Renovables', 'ARCERNNR', 'ejecutiva', 'agencia', 'energia', 'controlrecursosyenergia.gob.ec'),
  b('Agencia de Aseguramiento de la Calidad de los Servicios de Salud y Medicina Prepagada', 'ACESS', 'ejecutiva', 'agencia', 'salud', 'calidadsalud.gob.ec'),
  b('Instituto Nacional de Estadística y Censos', 'INEC', 'ejecutiva', 'instituto', 'planificacion', 'ecuadorencifras.gob.ec'),
  b('Instituto Nacional de Meteorología e Hidrología', 'INAMHI', 'ejecutiva', 'instituto', 'riesgos', 'inamhi.gob.ec'),
  b('Instituto Geográfico Militar', 'IGM', 'ejecutiva', 'instituto', 'planificacion', 'geoportaligm.gob.ec'),
  b('Instituto Nacional de Patrimonio Cultural', 'INPC', 'ejecutiva', 'instituto', 'cultura', 'patrimoniocultural.gob.ec'),
  b('Instituto de Fomento al Talento Humano', 'IFTH', 'ejecutiva', 'instituto', 'educacion', 'fomentoacademico.gob.ec'),
  b('Instituto Nacional de Investigación en Salud Pública', 'INSPI', 'ejecutiva', 'instituto', 'salud', 'investigacionsalud.gob.ec'),
  b('Instituto de Seguridad Social de las Fuerzas Armadas', 'ISSFA', 'ejecutiva', 'seguridad social', 'social', 'issfa.mil.ec'),
  b('Instituto de Seguridad Social de la Policía Nacional', 'ISSPOL', 'ejecutiva', 'seguridad social', 'social', 'isspol.gob.ec'),
  b('Instituto Ecuatoriano de Seguridad Social', 'IESS', 'ejecutiva', 'seguridad social', 'social', 'iess.gob.ec'),
  b('Instituto Nacional de Economía Popular y Solidaria', 'IEPS', 'ejecutiva', 'instituto', 'produccion', 'economiasolidaria.gob.ec'),
  b('Instituto Oceanográfico y Antártico de la Armada', 'INOCAR', 'ejecutiva', 'instituto', 'ambiente', 'inocar.mil.ec'),
  b('Instituto Nacional de Investigaciones Agropecuarias', 'INIAP', 'ejecutiva', 'instituto', 'agro', 'iniap.gob.ec'),
  b('Instituto de Investigación Geológico y Energético', 'IIGE', 'ejecutiva', 'instituto', 'energia', 'geoenergia.gob.ec'),
  b('Dirección General de Registro Civil, Identificación y Cedulación', 'DIGERCIC', 'ejecutiva', 'dirección general', 'registro', 'registrocivil.gob.ec'),
  b('Dirección General de Aviación Civil', 'DGAC', 'ejecutiva', 'dirección general', 'movilidad', 'aviacioncivil.gob.ec'),
  b('Corporación Financiera Nacional', 'CFN', 'ejecutiva', 'banca pública', 'economia', 'cfn.fin.ec'),
  b('Banco de Desarrollo del Ecuador', 'BDE', 'ejecutiva', 'banca pública', 'economia', 'bde.fin.ec'),
  b('Banco Central del Ecuador', 'BCE', 'ejecutiva', 'banca pública', 'economia', 'bce.fin.ec'),
  b('Banco del Instituto Ecuatoriano de Seguridad Social', 'BIESS', 'ejecutiva', 'banca pública', 'economia', 'biess.fin.ec'),
  b('Corporación del Seguro de Depósitos, Fondo de Liquidez y Fondo de Seguros Privados', 'COSEDE', 'ejecutiva', 'corporación', 'economia', 'cosede.gob.ec'),
  b('Empresa Pública de Hidrocarburos del Ecuador', 'EP PETROECUADOR', 'ejecutiva', 'empresa pública', 'energia', 'eppetroecuador.ec'),
  b('Corporación Eléctrica del Ecuador', 'CELEC EP', 'ejecutiva', 'empresa pública', 'energia', 'celec.gob.ec'),
  b('Corporación Nacional de Electricidad', 'CNEL EP', 'ejecutiva', 'empresa pública', 'energia', 'cnelep.gob.ec'),
  b('Corporación Nacional de Telecomunicaciones', 'CNT EP', 'ejecutiva', 'empresa pública', 'telecom', 'cnt.gob.ec'),
  b('Empresa Pública Flota Petrolera Ecuatoriana', 'FLOPEC', 'ejecutiva', 'empresa pública', 'energia', 'flopec.com.ec'),
  b('Empresa Pública Correos del Ecuador', 'CDE EP', 'ejecutiva', 'empresa pública', 'telecom', 'correosdelecuador.gob.ec'),
  b('Empresa Nacional Minera', 'ENAMI EP', 'ejecutiva', 'empresa pública', 'energia', 'enamiep.gob.ec'),
  b('Empresa Coordinadora de Empresas Públicas', 'EMCO EP', 'ejecutiva', 'empresa pública', 'economia', 'emco.gob.ec'),
  b('Empresa Pública Astilleros Navales Ecuatorianos', 'ASTINAVE EP', 'ejecutiva', 'empresa pública', 'produccion', 'astinave.com.ec'),
  b('Consejo Nacional para la Igualdad de Género', 'CNIG', 'ejecutiva', 'consejo', 'derechos', 'igualdadgenero.gob.ec'),
  b('Consejo Nacional para la Igualdad Intergeneracional', 'CNII', 'ejecutiva', 'consejo', 'derechos', 'igualdad.gob.ec'),
  b('Consejo Nacional para la Igualdad de Pueblos y Nacionalidades', 'CNIPN', 'ejecutiva', 'consejo', 'derechos', 'cnipn.gob.ec'),
  b('Consejo Nacional para la Igualdad de Discapacidades', 'CONADIS', 'ejecutiva', 'consejo', 'derechos', 'consejodiscapacidades.gob.ec'),
  b('Consejo Nacional para la Igualdad de Movilidad Humana', 'CNIMH', 'ejecutiva', 'consejo', 'derechos', 'igualdadmovilidad.gob.ec'),
  b('Consejo de Educación Superior', 'CES', 'ejecutiva', 'consejo', 'educacion', 'ces.gob.ec'),
  b('Consejo de Aseguramiento de la Calidad de la Educación Superior', 'CACES', 'ejecutiva', 'consejo', 'educacion', 'caces.gob.ec'),
  b('Asamblea Nacional', 'AN', 'legislativa', 'asamblea', 'legislativo', 'asambleanacional.gob.ec'),
  b('Consejo de la Judicatura', 'CJ', 'judicial', 'consejo', 'judicial', 'funcionjudicial.gob.ec'),
  b('Corte Nacional de Justicia', 'CNJ', 'judicial', 'corte', 'judicial', 'cortenacional.gob.ec'),
  b('Fiscalía General del Estado', 'FGE', 'judicial', 'fiscalía', 'judicial', 'fiscalia.gob.ec'),
  b('Defensoría Pública del Ecuador', 'DPEC', 'judicial', 'defensoría', 'judicial', 'defensoria.gob.ec'),
  b('Consejo Nacional Electoral', 'CNE', 'electoral', 'consejo', 'electoral', 'cne.gob.ec'),
  b('Tribunal Contencioso Electoral', 'TCE', 'electoral', 'tribunal', 'electoral', 'tce.gob.ec'),
  b('Contraloría General del Estado', 'CGE', 'transparencia y control social', 'contraloría', 'control', 'contraloria.gob.ec'),
  b('Consejo de Participación Ciudadana y Control Social', 'CPCCS', 'transparencia y control social', 'consejo', 'control', 'cpccs.gob.ec'),
  b('Defensoría del Pueblo', 'DPE', 'transparencia y control social', 'defensoría', 'derechos', 'dpe.gob.ec'),
  b('Superintendencia de Bancos', 'SB', 'transparencia y control social', 'superintendencia', 'control', 'superbancos.gob.ec'),
  b('Superintendencia de Compañías, Valores y Seguros', 'SCVS', 'transparencia y control social', 'superintendencia', 'control', 'supercias.gob.ec'),
  b('Superintendencia de Economía Popular y Solidaria', 'SEPS', 'transparencia y control social', 'superintendencia', 'control', 'seps.gob.ec'),
  b('Superintendencia de Competencia Económica', 'SCE', 'transparencia y control social', 'superintendencia', 'control', 'sce.gob.ec'),
  b('Superintendencia de Ordenamiento Territorial, Uso y Gestión de Suelo', 'SOT', 'transparencia y control social', 'superintendencia', 'control', 'sot.gob.ec'),
];

/** Bodies with offices in every province (deconcentrated units of the corpus). */
export const PROVINCIAL_OFFICES: readonly { parent: string; pattern: (province: string) => string; type: string; function: NationalBody['function']; sector: Sector }[] = [
  { parent: 'Ministerio de Gobierno', pattern: (pr) => `Gobernación de la Provincia de ${pr}`, type: 'gobernación', function: 'ejecutiva', sector: 'territorial' },
  { parent: 'Consejo de la Judicatura', pattern: (pr) => `Dirección Provincial de ${pr} del Consejo de la Judicatura`, type: 'dirección provincial', function: 'judicial', sector: 'judicial' },
  { parent: 'Fiscalía General del Estado', pattern: (pr) => `Fiscalía Provincial de ${pr}`, type: 'fiscalía provincial', function: 'judicial', sector: 'judicial' },
  { parent: 'Consejo Nacional Electoral', pattern: (pr) => `Delegación Provincial Electoral de ${pr}`, type: 'delegación provincial', function: 'electoral', sector: 'electoral' },
  { parent: 'Contraloría General del Estado', pattern: (pr) => `Dirección Provincial de ${pr} de la Contraloría General del Estado`, type: 'dirección provincial', function: 'transparencia y control social', sector: 'control' },
  { parent: 'Defensoría del Pueblo', pattern: (pr) => `Delegación Provincial de ${pr} de la Defensoría del Pueblo`, type: 'delegación provincial', function: 'transparencia y control social', sector: 'derechos' },
];

/** District offices ("Dirección Distrital 17D05 de Educación"), by parent ministry. */
export const DISTRICT_SECTORS: readonly { parent: string; label: string; sector: Sector }[] = [
  { parent: 'Ministerio de Educación', label: 'Educación', sector: 'educacion' },
  { parent: 'Ministerio de Salud Pública', label: 'Salud', sector: 'salud' },
  { parent: 'Ministerio de Inclusión Económica y Social', label: 'Inclusión Económica y Social', sector: 'social' },
];

/** Municipal bodies every canton may have, and what they do. */
export const MUNICIPAL_ENTITIES: readonly { pattern: (canton: string) => string; type: string; sector: Sector; domain: string }[] = [
  { pattern: (c) => `Empresa Pública Municipal de Agua Potable y Alcantarillado de ${c}`, type: 'empresa pública municipal', sector: 'agua', domain: 'epmapa' },
  { pattern: (c) => `Cuerpo de Bomberos del Cantón ${c}`, type: 'cuerpo de bomberos', sector: 'riesgos', domain: 'bomberos' },
  { pattern: (c) => `Registro de la Propiedad del Cantón ${c}`, type: 'registro de la propiedad', sector: 'registro', domain: 'registropropiedad' },
  { pattern: (c) => `Consejo Cantonal de Protección de Derechos de ${c}`, type: 'consejo cantonal', sector: 'derechos', domain: 'ccpd' },
  { pattern: (c) => `Empresa Pública Municipal de Movilidad y Tránsito de ${c}`, type: 'empresa pública municipal', sector: 'movilidad', domain: 'movilidad' },
  { pattern: (c) => `Empresa Pública Municipal de Gestión Integral de Desechos Sólidos de ${c}`, type: 'empresa pública municipal', sector: 'ambiente', domain: 'aseo' },
];

/** Municipal secretariats / directorates that publish an "informe de gestión". */
export const MUNICIPAL_AREAS: readonly { area: string; sector: Sector; host: string }[] = [
  { area: 'Cultura', sector: 'cultura', host: 'cultura' },
  { area: 'Ambiente', sector: 'ambiente', host: 'ambiente' },
  { area: 'Movilidad', sector: 'movilidad', host: 'movilidad' },
  { area: 'Seguridad y Gobernabilidad', sector: 'seguridad', host: 'seguridad' },
  { area: 'Inclusión Social', sector: 'social', host: 'inclusion' },
  { area: 'Desarrollo Productivo y Competitividad', sector: 'produccion', host: 'desarrolloproductivo' },
  { area: 'Turismo', sector: 'turismo', host: 'turismo' },
  { area: 'Salud', sector: 'salud', host: 'salud' },
  { area: 'Educación, Recreación y Deporte', sector: 'educacion', host: 'educacion' },
  { area: 'Obras Públicas', sector: 'obras', host: 'obras' },
  { area: 'Gestión de Riesgos', sector: 'riesgos', host: 'riesgos' },
  { area: 'Territorio, Hábitat y Vivienda', sector: 'vivienda', host: 'territorio' },
  { area: 'Participación Ciudadana', sector: 'territorial', host: 'participacion' },
];

export const FIRST_NAMES_F = [
  'María', 'Ana', 'Diana', 'Patricia', 'Gabriela', 'Verónica', 'Daniela', 'Mónica', 'Paola', 'Lorena', 'Silvia',
  'Cristina', 'Rosa', 'Jenny', 'Narcisa', 'Mayra', 'Johanna', 'Alexandra', 'Gloria', 'Sofía', 'Tatiana', 'Elena',
];
export const FIRST_NAMES_M = [
  'José', 'Luis', 'Carlos', 'Jorge', 'Juan', 'Andrés', 'Fernando', 'Santiago', 'Pablo', 'Diego', 'Marco', 'Roberto',
  'Esteban', 'Galo', 'Fausto', 'Wilson', 'Edison', 'Holger', 'Fabián', 'Byron', 'Iván', 'Ramiro', 'Kléber', 'Washington',
];
export const SURNAMES = [
  'Andrade', 'Arroyo', 'Benítez', 'Bravo', 'Cabrera', 'Calle', 'Carrión', 'Castillo', 'Cevallos', 'Chávez',
  'Cedeño', 'Córdova', 'Cueva', 'Espinoza', 'Flores', 'Freire', 'Guamán', 'Guerrero', 'Herrera', 'Jaramillo',
  'León', 'Loor', 'López', 'Macías', 'Mendoza', 'Mera', 'Montalvo', 'Morales', 'Moreira', 'Naranjo', 'Ortiz',
  'Paredes', 'Pazmiño', 'Peña', 'Quishpe', 'Ramírez', 'Reyes', 'Rodríguez', 'Romero', 'Salazar', 'Sánchez',
  'Suárez', 'Tapia', 'Torres', 'Vaca', 'Valencia', 'Vásquez', 'Vera', 'Villacís', 'Yánez', 'Zambrano', 'Zurita',
];

export const VERBS = ['Incrementar', 'Fortalecer', 'Mejorar', 'Garantizar', 'Optimizar', 'Ampliar', 'Consolidar', 'Promover'];

/** Per sector: what the objectives improve, the goals, the indicators and the projects. */
export interface SectorWords {
  /** Objects of a strategic objective ("la cobertura de ..."). */
  objects: readonly string[];
  /** Goal descriptions (upper case in the CPCCS form). */
  goals: readonly string[];
  /** Count indicators ("Número de ..."). */
  counts: readonly string[];
  /** Percentage indicators ("Porcentaje de ..."). */
  percents: readonly string[];
  /** Projects and programs (budget lines of GADs, municipal reports). */
  projects: readonly string[];
  /** Units of measure for count goals in municipal reports. */
  units: readonly string[];
}

const GENERIC: SectorWords = {
  objects: [
    'la eficiencia institucional en la gestión administrativa y financiera',
    'el desarrollo del talento humano institucional',
    'la calidad de los servicios que se prestan a la ciudadanía',
    'la transparencia y el acceso a la información pública',
    'el uso eficiente del presupuesto institucional',
  ],
  goals: ['EJECUCIÓN PRESUPUESTARIA INSTITUCIONAL', 'FORTALECIMIENTO INSTITUCIONAL', 'GESTIÓN DEL TALENTO HUMANO', 'MEJORA DE PROCESOS INSTITUCIONALES'],
  counts: ['procesos sustantivos levantados y/o actualizados', 'instrumentos de gestión institucional validados', 'servidores capacitados', 'informes de seguimiento elaborados'],
  percents: ['ejecución presupuestaria', 'cumplimiento del plan anual de contratación', 'satisfacción del usuario externo', 'cumplimiento de la planificación operativa', 'servidores que reciben cursos de actualización'],
  projects: ['Fortalecimiento de la gestión institucional', 'Modernización de la infraestructura tecnológica', 'Gestión del talento humano'],
  units: ['informes', 'procesos', 'talleres', 'capacitaciones'],
};

const SECTORS: Record<Sector, SectorWords> = {
  salud: {
    objects: ['la cobertura de los servicios de salud de primer nivel', 'la calidad de la atención hospitalaria', 'la prevención de enfermedades transmisibles', 'el acceso a medicamentos esenciales', 'la reducción de la desnutrición crónica infantil'],
    goals: ['ATENCIÓN INTEGRAL EN EL PRIMER NIVEL DE SALUD', 'VACUNACIÓN DE LA POBLACIÓN OBJETIVO', 'ABASTECIMIENTO DE MEDICAMENTOS E INSUMOS', 'CONTROL PRENATAL OPORTUNO', 'VIGILANCIA EPIDEMIOLÓGICA'],
    counts: ['atenciones médicas realizadas', 'dosis de vacunas aplicadas', 'establecimientos de salud intervenidos', 'brigadas médicas ejecutadas', 'controles prenatales realizados'],
    percents: ['cobertura de vacunación', 'abastecimiento de medicamentos', 'partos atendidos por personal calificado', 'niñas y niños menores de dos años con controles completos'],
    projects: ['Fortalecimiento de la red pública integral de salud', 'Prevención y control de enfermedades', 'Reducción de la desnutrición crónica infantil', 'Equipamiento de centros de salud'],
    units: ['atenciones', 'dosis', 'brigadas', 'controles'],
  },
  educacion: {
    objects: ['la calidad de la educación general básica y bachillerato', 'el acceso a la educación superior', 'la permanencia escolar de niñas, niños y adolescentes', 'la infraestructura educativa'],
    goals: ['ACCESO Y PERMANENCIA EN EL SISTEMA EDUCATIVO', 'FORMACIÓN CONTINUA DE DOCENTES', 'MANTENIMIENTO DE INFRAESTRUCTURA EDUCATIVA', 'BECAS Y AYUDAS ECONÓMICAS'],
    counts: ['docentes capacitados', 'unidades educativas intervenidas', 'becas otorgadas', 'estudiantes beneficiados con textos escolares'],
    percents: ['tasa de matrícula', 'permanencia escolar', 'docentes evaluados', 'unidades educativas con conectividad'],
    projects: ['Mantenimiento y rehabilitación de unidades educativas', 'Formación continua docente', 'Programa de becas y ayudas económicas', 'Dotación de mobiliario escolar'],
    units: ['docentes', 'unidades educativas', 'becas', 'estudiantes'],
  },
  seguridad: {
    objects: ['la prevención de la violencia y el delito', 'la gestión estratégica de los riesgos que afectan la convivencia social', 'la capacidad operativa de la fuerza pública', 'la rehabilitación social de las personas privadas de libertad'],
    goals: ['PREVENCIÓN, PROTECCIÓN Y RESPUESTA INTEGRAL A LA VIOLENCIA', 'CONVIVENCIA PACÍFICA Y SEGURIDAD CIUDADANA', 'DOTACIÓN DE MEDIOS LOGÍSTICOS', 'PLANES LOCALES DE SEGURIDAD'],
    counts: ['operativos de control ejecutados', 'planes locales de seguridad ciudadana gestionados', 'estrategias de prevención implementadas', 'sistemas de alarmas comunitarias instalados'],
    percents: ['territorios en riesgo intervenidos', 'dotación de medios logísticos', 'casos atendidos oportunamente'],
    projects: ['Prevención situacional y convivencia pacífica', 'Equipamiento básico', 'Renovación vehicular', 'Sistema integrado de seguridad'],
    units: ['operativos', 'acciones', 'alarmas', 'eventos'],
  },
  ambiente: {
    objects: ['la conservación del patrimonio natural', 'la gestión integral de residuos sólidos', 'la reducción de la contaminación ambiental', 'la restauración de ecosistemas degradados'],
    goals: ['CONSERVACIÓN DE ÁREAS PROTEGIDAS', 'GESTIÓN INTEGRAL DE RESIDUOS', 'REFORESTACIÓN Y RESTAURACIÓN', 'CONTROL Y REGULACIÓN AMBIENTAL'],
    counts: ['hectáreas reforestadas', 'toneladas de residuos recolectadas', 'permisos ambientales emitidos', 'inspecciones ambientales realizadas'],
    percents: ['residuos con disposición final adecuada', 'superficie bajo conservación', 'denuncias ambientales atendidas'],
    projects: ['Gestión integral de desechos sólidos', 'Reforestación de cuencas hídricas', 'Control de la calidad ambiental', 'Cierre técnico del botadero'],
    units: ['hectáreas', 'toneladas', 'inspecciones', 'plantas'],
  },
  agro: {
    objects: ['la productividad de los pequeños y medianos productores', 'la sanidad agropecuaria', 'la comercialización asociativa', 'el acceso a riego tecnificado'],
    goals: ['ASISTENCIA TÉCNICA A PRODUCTORES', 'CONTROL FITO Y ZOOSANITARIO', 'RIEGO TECNIFICADO PARCELARIO', 'COMERCIALIZACIÓN ASOCIATIVA'],
    counts: ['productores asistidos técnicamente', 'hectáreas con riego tecnificado', 'kits agrícolas entregados', 'inspecciones sanitarias realizadas'],
    percents: ['productores asociados', 'predios certificados', 'cobertura de vacunación bovina'],
    projects: ['Riego parcelario tecnificado', 'Fomento productivo agropecuario', 'Sanidad animal y vegetal', 'Ferias de comercialización campesina'],
    units: ['productores', 'hectáreas', 'kits', 'ferias'],
  },
  obras: {
    objects: ['la conectividad vial', 'el mantenimiento de la red vial estatal', 'la infraestructura pública', 'la calidad de la obra pública'],
    goals: ['MANTENIMIENTO VIAL', 'CONSTRUCCIÓN DE PUENTES', 'ASFALTADO DE VÍAS', 'OBRAS DE INFRAESTRUCTURA COMUNITARIA'],
    counts: ['kilómetros de vías mantenidos', 'puentes construidos', 'metros cuadrados de adoquinado', 'obras entregadas'],
    percents: ['avance físico de la obra', 'red vial en buen estado', 'obras fiscalizadas'],
    projects: ['Mantenimiento de la red vial', 'Construcción de puentes', 'Asfaltado de vías urbanas', 'Regeneración urbana', 'Adoquinado de calles'],
    units: ['kilómetros', 'obras', 'metros cuadrados', 'puentes'],
  },
  vivienda: {
    objects: ['el acceso a vivienda de interés social', 'el ordenamiento territorial', 'la legalización de la tenencia del suelo', 'el hábitat urbano sostenible'],
    goals: ['VIVIENDA DE INTERÉS SOCIAL', 'REGULARIZACIÓN DE BARRIOS', 'LEGALIZACIÓN DE PREDIOS', 'ESPACIO PÚBLICO'],
    counts: ['viviendas entregadas', 'barrios regularizados', 'escrituras entregadas', 'espacios públicos intervenidos'],
    percents: ['avance de la actualización catastral', 'predios legalizados', 'barrios con servicios básicos'],
    projects: ['Vivienda de interés social', 'Regularización de asentamientos humanos', 'Actualización catastral', 'Recuperación de espacios públicos'],
    units: ['viviendas', 'barrios', 'escrituras', 'espacios'],
  },
  social: {
    objects: ['la atención a grupos de atención prioritaria', 'la protección social de la población en situación de pobreza', 'el desarrollo infantil integral', 'la cobertura de la seguridad social'],
    goals: ['ATENCIÓN A PERSONAS ADULTAS MAYORES', 'DESARROLLO INFANTIL INTEGRAL', 'ATENCIÓN A PERSONAS CON DISCAPACIDAD', 'TRANSFERENCIAS MONETARIAS'],
    counts: ['personas adultas mayores atendidas', 'niñas y niños atendidos en centros de desarrollo infantil', 'personas con discapacidad atendidas', 'bonos entregados'],
    percents: ['cobertura de servicios de desarrollo infantil', 'afiliados activos', 'prestaciones entregadas oportunamente'],
    projects: ['Atención integral al adulto mayor', 'Centros de desarrollo infantil', 'Atención a personas con discapacidad', 'Protección especial'],
    units: ['personas', 'niñas y niños', 'familias', 'atenciones'],
  },
  economia: {
    objects: ['la recaudación tributaria', 'la sostenibilidad de las finanzas públicas', 'el acceso al crédito productivo', 'la eficiencia del gasto público'],
    goals: ['RECAUDACIÓN DE INGRESOS', 'COLOCACIÓN DE CRÉDITO', 'CONTROL DEL GASTO PÚBLICO', 'RECUPERACIÓN DE CARTERA'],
    counts: ['operaciones de crédito colocadas', 'contribuyentes atendidos', 'procesos de control ejecutados', 'auditorías realizadas'],
    percents: ['cumplimiento de la meta de recaudación', 'morosidad de la cartera', 'recuperación de cartera vencida'],
    projects: ['Modernización de los sistemas de recaudación', 'Fortalecimiento del control tributario', 'Crédito para emprendimientos'],
    units: ['operaciones', 'contribuyentes', 'auditorías', 'créditos'],
  },
  turismo: {
    objects: ['la llegada de turistas nacionales y extranjeros', 'la calidad de los servicios turísticos', 'la promoción de destinos turísticos'],
    goals: ['PROMOCIÓN TURÍSTICA', 'CAPACITACIÓN A PRESTADORES DE SERVICIOS TURÍSTICOS', 'REGISTRO DE ESTABLECIMIENTOS TURÍSTICOS'],
    counts: ['eventos de promoción turística realizados', 'prestadores de servicios capacitados', 'establecimientos registrados'],
    percents: ['ocupación hotelera', 'establecimientos con licencia de funcionamiento'],
    projects: ['Promoción turística del cantón', 'Señalética turística', 'Mejoramiento de atractivos turísticos'],
    units: ['eventos', 'prestadores', 'establecimientos'],
  },
  cultura: {
    objects: ['el acceso a bienes y servicios culturales', 'la salvaguarda del patrimonio cultural', 'la práctica de la actividad física y el deporte'],
    goals: ['AGENDA CULTURAL', 'PROTECCIÓN DEL PATRIMONIO', 'ESCUELAS DEPORTIVAS', 'FOMENTO A LA LECTURA'],
    counts: ['eventos culturales realizados', 'bienes patrimoniales intervenidos', 'deportistas atendidos', 'talleres artísticos impartidos'],
    percents: ['ejecución de la agenda cultural', 'bienes patrimoniales inventariados'],
    projects: ['Agenda cultural comunitaria', 'Restauración de bienes patrimoniales', 'Escuelas deportivas formativas', 'Fiestas de fundación'],
    units: ['eventos', 'talleres', 'deportistas', 'bienes'],
  },
  produccion: {
    objects: ['la competitividad de los sectores productivos', 'el emprendimiento y la economía popular y solidaria', 'la calidad de los productos nacionales'],
    goals: ['FOMENTO AL EMPRENDIMIENTO', 'FERIAS PRODUCTIVAS', 'CERTIFICACIÓN DE CALIDAD', 'ENCADENAMIENTOS PRODUCTIVOS'],
    counts: ['emprendimientos fortalecidos', 'ferias productivas realizadas', 'organizaciones asistidas', 'certificados emitidos'],
    percents: ['emprendimientos activos', 'trámites atendidos dentro del plazo'],
    projects: ['Fomento del emprendimiento local', 'Ferias de la economía popular y solidaria', 'Centros de acopio'],
    units: ['emprendimientos', 'ferias', 'organizaciones'],
  },
  energia: {
    objects: ['la cobertura del servicio eléctrico', 'la producción de hidrocarburos', 'la eficiencia energética', 'el control de las actividades mineras'],
    goals: ['AMPLIACIÓN DE LA COBERTURA ELÉCTRICA', 'MANTENIMIENTO DE REDES', 'PRODUCCIÓN DE CRUDO', 'CONTROL DE ACTIVIDADES MINERAS'],
    counts: ['kilómetros de redes construidos', 'viviendas electrificadas', 'inspecciones de control realizadas', 'barriles producidos'],
    percents: ['cobertura del servicio eléctrico', 'pérdidas de energía', 'disponibilidad de las centrales'],
    projects: ['Electrificación rural', 'Mantenimiento de subestaciones', 'Control minero'],
    units: ['kilómetros', 'viviendas', 'inspecciones'],
  },
  telecom: {
    objects: ['el acceso a servicios de telecomunicaciones', 'la inclusión digital', 'la calidad de los servicios postales y de telecomunicaciones'],
    goals: ['PUNTOS DE ACCESO DIGITAL', 'ALFABETIZACIÓN DIGITAL', 'CONTROL DEL ESPECTRO RADIOELÉCTRICO'],
    counts: ['infocentros operativos', 'personas capacitadas en alfabetización digital', 'controles técnicos realizados'],
    percents: ['cobertura de internet', 'disponibilidad de la red', 'reclamos atendidos'],
    projects: ['Infocentros comunitarios', 'Conectividad rural', 'Gobierno electrónico'],
    units: ['infocentros', 'personas', 'controles'],
  },
  trabajo: {
    objects: ['el empleo adecuado', 'el cumplimiento de los derechos laborales', 'la profesionalización del servicio público'],
    goals: ['INSPECCIONES INTEGRALES', 'INSERCIÓN LABORAL', 'PROFESIONALIZACIÓN DEL SERVICIO PÚBLICO'],
    counts: ['inspecciones laborales realizadas', 'personas insertadas laboralmente', 'servidores públicos capacitados'],
    percents: ['denuncias laborales atendidas', 'cumplimiento del pago de utilidades'],
    projects: ['Red Socio Empleo', 'Inspección del trabajo', 'Capacitación al servicio público'],
    units: ['inspecciones', 'personas', 'servidores'],
  },
  derechos: {
    objects: ['la protección de derechos de los grupos de atención prioritaria', 'la erradicación de la violencia de género', 'la igualdad y no discriminación', 'la atención a personas en movilidad humana'],
    goals: ['PREVENCIÓN DE LA VIOLENCIA DE GÉNERO', 'OBSERVANCIA DE POLÍTICAS DE IGUALDAD', 'ATENCIÓN A VÍCTIMAS', 'PROMOCIÓN DE DERECHOS'],
    counts: ['casos atendidos', 'medidas de protección otorgadas', 'campañas de sensibilización realizadas', 'personas capacitadas en derechos'],
    percents: ['casos con seguimiento', 'medidas de protección otorgadas en plazo', 'recomendaciones de política pública acogidas'],
    projects: ['Prevención de la violencia intrafamiliar', 'Juntas de protección de derechos', 'Promoción de derechos de niñas, niños y adolescentes'],
    units: ['casos', 'campañas', 'personas', 'medidas'],
  },
  planificacion: {
    objects: ['la articulación de la planificación nacional y territorial', 'la producción de información estadística oficial', 'la comunicación gubernamental'],
    goals: ['SEGUIMIENTO AL PLAN NACIONAL DE DESARROLLO', 'OPERACIONES ESTADÍSTICAS', 'ASISTENCIA TÉCNICA EN PLANIFICACIÓN'],
    counts: ['operaciones estadísticas publicadas', 'asistencias técnicas brindadas', 'informes de seguimiento emitidos'],
    percents: ['entidades con planificación alineada', 'operaciones estadísticas publicadas a tiempo'],
    projects: ['Sistema nacional de información', 'Censo y encuestas', 'Seguimiento y evaluación'],
    units: ['operaciones', 'asistencias', 'informes'],
  },
  riesgos: {
    objects: ['la capacidad de respuesta ante emergencias', 'la reducción del riesgo de desastres', 'el monitoreo de amenazas naturales'],
    goals: ['ATENCIÓN DE EMERGENCIAS', 'PREVENCIÓN DE INCENDIOS', 'SIMULACROS Y CAPACITACIÓN COMUNITARIA', 'MONITOREO HIDROMETEOROLÓGICO'],
    counts: ['emergencias atendidas', 'inspecciones de prevención realizadas', 'simulacros ejecutados', 'estaciones operativas'],
    percents: ['emergencias atendidas en el tiempo de respuesta', 'locales inspeccionados'],
    projects: ['Gestión de riesgos y emergencias', 'Equipamiento contra incendios', 'Obras de mitigación'],
    units: ['emergencias', 'inspecciones', 'simulacros'],
  },
  registro: {
    objects: ['la agilidad de los trámites registrales', 'la seguridad jurídica de la propiedad', 'la identificación de la ciudadanía'],
    goals: ['INSCRIPCIONES REGISTRALES', 'DIGITALIZACIÓN DE ARCHIVOS', 'CEDULACIÓN'],
    counts: ['inscripciones realizadas', 'certificados emitidos', 'folios digitalizados', 'cédulas emitidas'],
    percents: ['trámites atendidos en plazo', 'archivo digitalizado'],
    projects: ['Digitalización del archivo registral', 'Sistema registral en línea'],
    units: ['inscripciones', 'certificados', 'folios'],
  },
  control: {
    objects: ['el control de los recursos públicos', 'la participación ciudadana y el control social', 'la supervisión de las entidades controladas', 'la transparencia de la contratación pública'],
    goals: ['EXÁMENES ESPECIALES Y AUDITORÍAS', 'VEEDURÍAS CIUDADANAS', 'SUPERVISIÓN DE ENTIDADES', 'RENDICIÓN DE CUENTAS'],
    counts: ['exámenes especiales aprobados', 'veedurías conformadas', 'entidades supervisadas', 'informes de control emitidos'],
    percents: ['entidades que rinden cuentas', 'recomendaciones con seguimiento', 'denuncias tramitadas'],
    projects: ['Control gubernamental', 'Fortalecimiento de la participación ciudadana', 'Supervisión extra situ'],
    units: ['exámenes', 'veedurías', 'entidades'],
  },
  judicial: {
    objects: ['el acceso a la justicia', 'la eficiencia en la resolución de causas', 'la investigación penal oportuna'],
    goals: ['RESOLUCIÓN DE CAUSAS', 'ATENCIÓN DE DENUNCIAS', 'DEFENSA PÚBLICA GRATUITA', 'PERICIAS FORENSES'],
    counts: ['causas resueltas', 'denuncias atendidas', 'patrocinios realizados', 'pericias practicadas'],
    percents: ['tasa de resolución', 'congestión judicial', 'audiencias realizadas'],
    projects: ['Fortalecimiento de unidades judiciales', 'Sistema de gestión de causas', 'Laboratorios de criminalística'],
    units: ['causas', 'denuncias', 'pericias'],
  },
  electoral: {
    objects: ['la participación política de los actores del sistema democrático', 'la eficiencia en la organización de procesos electorales', 'la calidad del registro electoral'],
    goals: ['ORGANIZACIÓN DE PROCESOS ELECTORALES', 'CAPACITACIÓN ELECTORAL', 'FISCALIZACIÓN DEL GASTO ELECTORAL'],
    counts: ['juntas receptoras del voto capacitadas', 'causas electorales resueltas', 'organizaciones políticas registradas'],
    percents: ['participación electoral', 'actas escrutadas', 'cuentas de campaña examinadas'],
    projects: ['Procesos electorales', 'Registro electoral', 'Promoción electoral'],
    units: ['juntas', 'causas', 'organizaciones'],
  },
  legislativo: {
    objects: ['la producción legislativa', 'la fiscalización de los actos del poder público', 'la participación ciudadana en el proceso legislativo'],
    goals: ['TRÁMITE DE PROYECTOS DE LEY', 'FISCALIZACIÓN', 'PARLAMENTO ABIERTO'],
    counts: ['proyectos de ley tramitados', 'comparecencias realizadas', 'foros ciudadanos realizados'],
    percents: ['proyectos tramitados en plazo', 'solicitudes de información atendidas'],
    projects: ['Modernización legislativa', 'Parlamento abierto'],
    units: ['proyectos', 'foros', 'comparecencias'],
  },
  agua: {
    objects: ['la cobertura de agua potable y alcantarillado', 'la calidad del agua distribuida', 'la reducción del agua no contabilizada'],
    goals: ['AMPLIACIÓN DE LA RED DE AGUA POTABLE', 'ALCANTARILLADO SANITARIO', 'TRATAMIENTO DE AGUAS RESIDUALES', 'MICROMEDICIÓN'],
    counts: ['conexiones domiciliarias instaladas', 'metros de red de alcantarillado construidos', 'medidores instalados', 'análisis de calidad del agua'],
    percents: ['cobertura de agua potable', 'agua no contabilizada', 'aguas residuales tratadas'],
    projects: ['Ampliación de la red de agua potable', 'Alcantarillado sanitario y pluvial', 'Planta de tratamiento de aguas residuales', 'Micromedición'],
    units: ['conexiones', 'metros', 'medidores', 'análisis'],
  },
  movilidad: {
    objects: ['la seguridad vial', 'la calidad del transporte público', 'la gestión del tránsito y la movilidad'],
    goals: ['SEGURIDAD VIAL', 'MATRICULACIÓN VEHICULAR', 'SEMAFORIZACIÓN', 'TRANSPORTE PÚBLICO'],
    counts: ['operativos de control de tránsito', 'vehículos matriculados', 'intersecciones semaforizadas', 'campañas de educación vial'],
    percents: ['siniestros de tránsito reducidos', 'trámites atendidos en línea', 'flota de transporte revisada'],
    projects: ['Semaforización inteligente', 'Educación y seguridad vial', 'Terminal terrestre', 'Señalización vial'],
    units: ['operativos', 'vehículos', 'intersecciones', 'campañas'],
  },
  territorial: {
    objects: ['la articulación territorial de la política pública', 'la participación ciudadana en la gestión local', 'la gobernabilidad en el territorio'],
    goals: ['COORDINACIÓN INTERINSTITUCIONAL EN TERRITORIO', 'PRESUPUESTOS PARTICIPATIVOS', 'ASAMBLEAS CIUDADANAS', 'ATENCIÓN CIUDADANA'],
    counts: ['mesas técnicas realizadas', 'asambleas barriales realizadas', 'trámites ciudadanos atendidos', 'obras de presupuesto participativo ejecutadas'],
    percents: ['presupuesto participativo ejecutado', 'requerimientos ciudadanos atendidos'],
    projects: ['Presupuestos participativos', 'Fortalecimiento de la participación ciudadana', 'Atención ciudadana desconcentrada', 'Mingas comunitarias'],
    units: ['mesas', 'asambleas', 'obras', 'trámites'],
  },
};

export function sectorWords(sector: Sector): SectorWords {
  return SECTORS[sector];
}
export const GENERIC_WORDS = GENERIC;

/** Budget line categories of the CPCCS form (grupos de gasto), current vs investment. */
export const SPENDING_GROUPS: readonly { name: string; kind: 'current' | 'investment'; weight: number }[] = [
  { name: 'Egresos en personal', kind: 'current', weight: 30 },
  { name: 'Bienes y servicios de consumo', kind: 'current', weight: 14 },
  { name: 'Otros egresos corrientes', kind: 'current', weight: 3 },
  { name: 'Transferencias o donaciones corrientes', kind: 'current', weight: 5 },
  { name: 'Egresos en personal para inversión', kind: 'investment', weight: 4 },
  { name: 'Bienes y servicios para inversión', kind: 'investment', weight: 12 },
  { name: 'Obras públicas', kind: 'investment', weight: 14 },
  { name: 'Otros egresos de inversión', kind: 'investment', weight: 2 },
  { name: 'Transferencias o donaciones para inversión', kind: 'investment', weight: 4 },
  { name: 'Egresos de capital', kind: 'investment', weight: 8 },
  { name: 'Amortización de la deuda pública', kind: 'current', weight: 3 },
  { name: 'Otros Pasivos', kind: 'current', weight: 1 },
];

/** Procurement procedures as the forms print them (several spellings of the same one). */
export const PROCEDURES: readonly { names: readonly string[]; unit: [number, number]; weight: number }[] = [
  { names: ['CATÁLOGO ELECTRÓNICO', 'COMPRA POR CATALOGO', 'COMPRA POR CATÁLOGO'], unit: [800, 400_000], weight: 9 },
  { names: ['ÍNFIMA CUANTÍA', 'INFIMA CUANTÍA', 'ÍNFIMA CUANTIA'], unit: [150, 6_900], weight: 10 },
  { names: ['SUBASTA INVERSA ELECTRÓNICA'], unit: [8_000, 900_000], weight: 8 },
  { names: ['RÉGIMEN ESPECIAL (Todos los procesos)'], unit: [5_000, 1_500_000], weight: 7 },
  { names: ['COTIZACIÓN'], unit: [60_000, 450_000], weight: 5 },
  { names: ['MENOR CUANTÍA'], unit: [7_000, 60_000], weight: 6 },
  { names: ['CONSULTORÍA', 'CONTRATACIÓN DIRECTA DE CONSULTORÍA'], unit: [5_000, 250_000], weight: 5 },
  { names: ['LICITACIÓN'], unit: [300_000, 5_000_000], weight: 3 },
  { names: ['FERIA INCLUSIVA'], unit: [3_000, 120_000], weight: 3 },
  { names: ['PRODUCCIÓN NACIONAL'], unit: [0, 0], weight: 2 },
  { names: ['OTRAS'], unit: [10, 50_000], weight: 2 },
  { names: ['EMERGENCIA'], unit: [20_000, 2_000_000], weight: 1 },
  { names: ['ARRENDAMIENTO DE BIENES INMUEBLES'], unit: [6_000, 90_000], weight: 1 },
];

/** Assets of disposals and donations. */
export const ASSETS = [
  'Inmueble', 'Terreno', 'Camionetas', 'Motocicletas', 'Vehículos', 'Computadoras portátiles', 'Equipos informáticos',
  'Mobiliario de oficina', 'Equipo médico', 'Maquinaria agrícola', 'Chatarra', 'SEMOVIENTES', 'Kits de higiene',
  'Insumos médicos', 'Material didáctico', 'CELULARES, MICROFONO, TRIPODES', 'Bienes muebles en desuso',
];

/** Unit names of the LOTAIP matrix (each starts with a unit word the parser knows). */
export const UNIT_TOPICS: readonly string[] = [
  'Planificación y Gestión Estratégica', 'Asesoría Jurídica', 'Comunicación Social', 'Auditoría Interna',
  'Talento Humano', 'Administrativa', 'Financiera', 'Tecnologías de la Información y Comunicación',
  'Gestión Documental y Archivo', 'Seguimiento y Evaluación', 'Cooperación Internacional', 'Gestión de Riesgos',
  'Procesos, Servicios, Calidad y Gestión del Cambio', 'Contratación Pública', 'Atención Ciudadana',
  'Estadística y Análisis de Información', 'Infraestructura', 'Control y Fiscalización', 'Participación Ciudadana',
  'Relaciones Internacionales', 'Seguridad de la Información', 'Logística', 'Transparencia', 'Investigación',
];
export const UNIT_HEADS_NATIONAL = ['Dirección Nacional de', 'Coordinación General de', 'Dirección de', 'Subsecretaría de', 'Coordinación Nacional de', 'Unidad de'];
export const UNIT_HEADS_LOCAL = ['Dirección de', 'Jefatura de', 'Unidad de', 'Coordinación de', 'Departamento de', 'Gerencia de'];

/** Sentence pieces for the long free-text cells (policies, process descriptions, results). */
export const PROSE = {
  actions: [
    'Se realizaron mesas de trabajo interinstitucionales', 'Se ejecutaron talleres de capacitación dirigidos a servidores públicos',
    'Se socializó la normativa vigente con los actores locales', 'Se suscribió un convenio de cooperación interinstitucional',
    'Se atendió a la población de los sectores priorizados', 'Se elaboró el informe técnico de seguimiento',
    'Se conformaron comités ciudadanos', 'Se entregaron kits a las familias beneficiarias',
    'Se implementó un sistema de registro y seguimiento de casos', 'Se desarrollaron campañas de sensibilización en medios digitales',
    'Se coordinó con los gobiernos autónomos descentralizados', 'Se realizaron jornadas de atención en territorio',
  ],
  results: [
    'lo que permitió mejorar la cobertura del servicio', 'con la participación activa de la comunidad',
    'en cumplimiento de la planificación institucional', 'beneficiando a la población en situación de vulnerabilidad',
    'conforme a los lineamientos emitidos por el ente rector', 'fortaleciendo la articulación interinstitucional',
    'lo que contribuye a los objetivos del Plan Nacional de Desarrollo', 'priorizando a los grupos de atención prioritaria',
  ],
  policies: [
    'PROTOCOLO DE ATENCIÓN INTEGRAL', 'PLAN DE ACCIÓN INSTITUCIONAL PARA LA IGUALDAD', 'ESTRATEGIA DE PREVENCIÓN DE LA VIOLENCIA',
    'PROGRAMA DE INCLUSIÓN LABORAL DE PERSONAS CON DISCAPACIDAD', 'AGENDA LOCAL DE MOVILIDAD HUMANA', 'CAMPAÑA DE SENSIBILIZACIÓN',
  ],
  observations: [
    'Recomendación de cumplimiento continuo', 'En proceso de aplicación', 'Recomendaciones implementadas en su totalidad',
    'Se remitió el informe de cumplimiento a la Contraloría General del Estado', 'Pendiente de implementación por falta de presupuesto',
    'Examen especial a los procesos de contratación pública', 'Examen especial a la administración del talento humano',
  ],
};
