import type { Command } from '../src/command.js';
import { article } from './article.js';
import { ask } from './ask.js';
import { facts } from './facts.js';
import { figures } from './figures.js';
import { help } from './help.js';
import { met } from './met.js';
import { quote } from './quote.js';
import { search } from './search.js';
import { sources } from './sources.js';
import { summary } from './summary.js';
import { timeline } from './timeline.js';
import { who } from './who.js';

/** The one list of commands: deploy, /help, the router, the console and the CLI all read it. */
export const commands: readonly Command[] = [ask, facts, quote, met, figures, summary, timeline, who, sources, search, article, help(() => commands)];

export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.definition.name, c]));
