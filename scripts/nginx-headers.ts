/** npm run headers:nginx: prints the nginx lines that send the site's headers (src/publish/headers.ts). */
import { headerRules, nginxSnippet } from '../src/publish/headers.ts';

process.stdout.write(nginxSnippet(headerRules()));
