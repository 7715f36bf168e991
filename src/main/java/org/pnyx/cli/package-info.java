/** The command line: one picocli command per verb, thin over the io, sim and charts packages. */
package org.pnyx.cli;
