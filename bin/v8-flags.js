// V8 flags of the command, set by bin/analyze.js before anything is compiled and by the build
// before it takes the code cache: V8 rejects a cache made under other flags.
//
// --no-turbo-inlining: the analysis is many mid-sized functions that V8 otherwise inlines into
// large ones, and it spent as much CPU compiling those (on a background thread, again in every
// worker of --jobs) as analyzing a few hundred articles. Measured without it and with it
// (README, "Performance"): less CPU and less wall time for a batch and a 1 MB text alike.
export const V8_FLAGS = '--no-turbo-inlining';
