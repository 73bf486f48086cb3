@NullMarked
package vn.canbo.ratings.web;

import org.jspecify.annotations.NullMarked;
