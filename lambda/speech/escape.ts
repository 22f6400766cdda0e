/**
 * The one place text becomes SSML-safe. Written here rather than using ask-sdk-core's
 * escapeXmlCharacters because that helper first un-escapes entity-looking text (so content that
 * literally says "&lt;" would change meaning) and rebuilds its lookup tables on every call.
 */
const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch] ?? ch);
}
