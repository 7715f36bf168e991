/**
 * Files in and out: scenario YAML with line-accurate errors, and the run outputs (CSV, JSON),
 * always written to a temporary file first and renamed into place.
 */
package org.pnyx.io;
