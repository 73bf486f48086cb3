/** The rules page, its calculator and the rules API. */
@NullMarked
package vn.canbo.rules.web;

import org.jspecify.annotations.NullMarked;
