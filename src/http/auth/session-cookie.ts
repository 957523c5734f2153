/** The session cookie's name. */
export const SESSION_COOKIE = "isnad.sid";
