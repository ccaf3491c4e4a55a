/**
 * RapiDoc (a web component built on lit, framework-free, so React 19 is no concern): importing it
 * defines <rapi-doc>. The API reference page imports this module dynamically, so the renderer is a
 * chunk of its own.
 */
import 'rapidoc';
