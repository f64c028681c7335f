/** The window event by which the ribbon's "insert all" command tells the pane what it did. */
export const INSERT_ALL_EVENT = "woningbouw:insert-all";
