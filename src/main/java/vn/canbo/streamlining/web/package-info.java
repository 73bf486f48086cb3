/** The pages, exports and API of streamlining. */
@NullMarked
package vn.canbo.streamlining.web;

import org.jspecify.annotations.NullMarked;
