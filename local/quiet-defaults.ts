/** Defaults for running on one machine: warnings and errors only, unless LOG_LEVEL says otherwise. */
process.env.LOG_LEVEL ??= 'WARN';
// The SDK warns that Node 20 support ends in 2027; Lambda runs Node 22 and this machine Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Powertools on one machine: no EMF metric lines on stdout, no X-Ray (there is no daemon). In AWS
// neither is set: metrics are on, and the Tracer traces because Lambda sets AWS_EXECUTION_ENV.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.POWERTOOLS_TRACE_ENABLED ??= 'false';
