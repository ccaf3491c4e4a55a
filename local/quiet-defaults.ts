/** Defaults for running on one machine: warnings and errors only, unless LOG_LEVEL says otherwise. */
process.env.LOG_LEVEL ??= 'WARN';
// The SDK warns that Node 20 support ends in 2027; Lambda runs Node 22 and this machine Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
