/** Route path of the printable documents: `utskrift/<year>` (the plan) and `utskrift/<year>/lysbilder` (the slides). */
export const PRINT_SECTION = 'utskrift';

/** Second URL segment that selects the slides instead of the plan document. */
export const PRINT_SLIDES_PARAM = 'lysbilder';
