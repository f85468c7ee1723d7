export { main as cliMain, type CliIO } from './cli.js';
