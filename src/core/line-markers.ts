/** Block quote and list markers, with their spaces, that may start a line before its content. */
export const CONTAINER_PREFIX = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t>]*)*/;

/** A line that starts a list item, inside any block quotes. */
export const LIST_ITEM_START = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
