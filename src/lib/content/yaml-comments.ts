// YAML comments in content. An unquoted value that contains " #" ends there: the rest becomes a
// comment and is silently dropped (e.g. `text: dial #PORT to get it` parses as "dial"). Content files hold
// facts only, so any comment token fails the content check; the value must be quoted instead.
import { Lexer } from 'yaml';

export interface YamlComment {
  /** 1-based line in the text given. */
  line: number;
  /** The comment as written, starting with "#". */
  text: string;
}

/**
 * Every comment token in `source`, found with the `yaml` package's lexer (so "#" inside quoted
 * strings, block scalars or words such as `x#y` is not a comment). Returns [] for comment-free text.
 */
export function yamlComments(source: string): YamlComment[] {
  const found: YamlComment[] = [];
  let line = 1;
  for (const token of new Lexer().lex(source)) {
    // Single control characters (document start, scalar markers…) are the lexer's own, not source text.
    if (token.length === 1 && token < ' ' && token !== '\n' && token !== '\t' && token !== '\r') continue;
    if (token.startsWith('#')) found.push({ line, text: token });
    for (let i = 0; i < token.length; i++) if (token[i] === '\n') line++;
  }
  return found;
}
