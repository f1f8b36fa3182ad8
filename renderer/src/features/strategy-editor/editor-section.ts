/** Route path of the føringer editor; `…/<path>/<entity id>` opens it at that entity. */
export const EDITOR_SECTION = 'rediger-foringer';
