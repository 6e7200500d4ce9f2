/** The zoo-data plugin's name: the key of its global data, shared by the plugin and the client hook. */
export const ZOO_PLUGIN = 'zoo-data';
