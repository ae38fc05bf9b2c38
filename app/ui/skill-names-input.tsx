import { Field, type FieldProps } from "./field";

/**
 * A text input for a list of skill names ("Python、Salesforce"), resolved against
 * the taxonomy on the server. Works as a plain input without JavaScript.
 */
export function SkillNamesInput(props: FieldProps) {
  return <Field {...props} />;
}
