// ---
// notes: plain
// ---

// Version history
// ---------------
// 1.1  fixed *two* bugs in foo_bar()
//      "quoted" -- text
// # of items: 3
//   +-----+
//   | box |-->
//   +-----+
int version = 11;
