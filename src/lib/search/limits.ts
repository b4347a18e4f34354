// How long search waits for the network, for the search code, the search data and Pagefind alike.
// After STILL_TRYING_MS the reader is told search is still loading: on a good connection each step
// takes well under a second, so 4 s means a slow link. After GIVE_UP_MS a step is given up, with a
// retry: the largest step, a first full-text query (engine, WebAssembly and index chunks, about 140 kB
// gzip), takes about 9 s at 128 kbit/s, the speed US carriers throttle roaming data to, and 20 s leaves
// room for the second or two of round trips of a satellite or cruise-ship link.
// The words shown are in the UI dictionary, group searchLoad.
export const STILL_TRYING_MS = 4_000;
export const GIVE_UP_MS = 20_000;
