/** Route path of the board presentation (the shell's F5 / Vis → Presenter goes here). */
export const PRESENTATION_SECTION = 'presentasjon';
